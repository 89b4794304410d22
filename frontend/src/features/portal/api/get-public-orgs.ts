import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PublicOrg } from '../types';

/** Organisations for the "unit reported" picker, without login. */
export function getPublicOrgs(): Promise<PublicOrg[]> {
  return api.get<PublicOrg[]>('/api/public/orgs');
}

export const getPublicOrgsQueryOptions = () =>
  queryOptions({ queryKey: ['public-orgs'], queryFn: getPublicOrgs, staleTime: 10 * 60_000 });

export function usePublicOrgs() {
  return useQuery(getPublicOrgsQueryOptions());
}
