import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { InboxChain } from '../types';

/** The processes the inbox can be filtered by, with their steps; they change only with a new deployment. */
export function getInboxChains(): Promise<InboxChain[]> {
  return api.get<InboxChain[]>('/api/inbox/filters');
}

export const getInboxChainsQueryOptions = () =>
  queryOptions({ queryKey: ['inbox', 'filters'], queryFn: getInboxChains, staleTime: 60 * 60_000 });

export function useInboxChains() {
  return useQuery(getInboxChainsQueryOptions());
}
