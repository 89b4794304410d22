import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { DoneTask, InboxListParams } from '../types';
import { filterQuery } from '../utils/inbox-filters';

/** Tasks the user completed (已办), by chain, step and unit; the due state and the order do not apply. */
export function getDoneTasks({ page, size, ...filters }: InboxListParams): Promise<Page<DoneTask>> {
  return api.get<Page<DoneTask>>('/api/inbox/done', {
    params: { page, size, ...filterQuery({ ...filters, due: null, sort: null }) },
  });
}

export const getDoneTasksQueryOptions = (params: InboxListParams) =>
  queryOptions({
    queryKey: ['inbox', 'done', { ...params, due: null, dueDays: null, sort: null }],
    queryFn: () => getDoneTasks(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useDoneTasks(params: InboxListParams, enabled = true) {
  return useQuery({ ...getDoneTasksQueryOptions(params), enabled });
}
