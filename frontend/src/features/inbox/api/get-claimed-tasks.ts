import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { InboxListParams, InboxTask } from '../types';
import { filterQuery } from '../utils/inbox-filters';

/** Tasks the user has claimed and not completed (我已签收). */
export function getClaimedTasks({ page, size, ...filters }: InboxListParams): Promise<Page<InboxTask>> {
  return api.get<Page<InboxTask>>('/api/inbox/claimed', { params: { page, size, ...filterQuery(filters) } });
}

export const getClaimedTasksQueryOptions = (params: InboxListParams) =>
  queryOptions({
    queryKey: ['inbox', 'claimed', params],
    queryFn: () => getClaimedTasks(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useClaimedTasks(params: InboxListParams, enabled = true) {
  return useQuery({ ...getClaimedTasksQueryOptions(params), enabled });
}
