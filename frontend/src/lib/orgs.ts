// Organisations for pickers (GET /api/orgs), shared by several features.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { OrgType } from './enums';

export type Org = {
  id: number;
  code: string;
  name: string;
  type: OrgType;
  parentId: number | null;
};

export const ORGS_QUERY_KEY = ['orgs'] as const;

export function getOrgs(): Promise<Org[]> {
  return api.get<Org[]>('/api/orgs');
}

export const orgsQueryOptions = () =>
  queryOptions({ queryKey: ORGS_QUERY_KEY, queryFn: getOrgs, staleTime: 5 * 60_000 });

export function useOrgs(enabled = true) {
  return useQuery({ ...orgsQueryOptions(), enabled });
}

export function orgOptions(orgs: Org[] | undefined, filter?: (o: Org) => boolean) {
  return (orgs ?? []).filter(filter ?? (() => true)).map((o) => ({ value: o.id, label: o.name }));
}
