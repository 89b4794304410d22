import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { InboxListParams, InboxTask, PageParams } from '../types';
import { filterQuery } from '../utils/inbox-filters';

/** Open tasks for the user's roles/organisation or assigned to the user (待办), filtered and sorted by the server. */
export function getInbox(params: PageParams & Partial<InboxListParams>): Promise<Page<InboxTask>> {
  const { page, size, ...filters } = params;
  return api.get<Page<InboxTask>>('/api/inbox', {
    params: {
      page,
      size,
      ...filterQuery({ chain: null, step: null, due: null, dueDays: null, unitId: null, sort: null, ...filters }),
    },
  });
}

export const getInboxQueryOptions = (params: InboxListParams) =>
  queryOptions({
    queryKey: ['inbox', 'todo', params],
    queryFn: () => getInbox(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useInbox(params: InboxListParams, enabled = true) {
  return useQuery({ ...getInboxQueryOptions(params), enabled });
}

/** How many open tasks the user has (the menu's 待办 badge): one row asked for, `total` read; every minute while the tab is visible. */
export function useInboxCount(enabled = true) {
  return useQuery({
    queryKey: ['inbox', 'todo', 'count'],
    queryFn: () => getInbox({ page: 1, size: 1 }),
    select: (page) => page.total,
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    staleTime: 0,
    enabled,
  });
}
