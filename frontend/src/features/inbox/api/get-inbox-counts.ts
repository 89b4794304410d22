import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { InboxCounts, InboxFilters } from '../types';
import { filterQuery } from '../utils/inbox-filters';

/** How many tasks each tab holds under the same filters (the numbers on the tabs). */
export function getInboxCounts(filters: InboxFilters): Promise<InboxCounts> {
  return api.get<InboxCounts>('/api/inbox/counts', { params: { ...filterQuery({ ...filters, sort: null }) } });
}

export const getInboxCountsQueryOptions = (filters: InboxFilters) =>
  queryOptions({
    queryKey: ['inbox', 'counts', { ...filters, sort: null }],
    queryFn: () => getInboxCounts(filters),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useInboxCounts(filters: InboxFilters) {
  return useQuery(getInboxCountsQueryOptions(filters));
}
