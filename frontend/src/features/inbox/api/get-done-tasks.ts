import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { DoneTask, PageParams } from '../types';

/** Tasks the user completed (已办). */
export function getDoneTasks(params: PageParams): Promise<Page<DoneTask>> {
  return api.get<Page<DoneTask>>('/api/inbox/done', { params });
}

export const getDoneTasksQueryOptions = (params: PageParams) =>
  queryOptions({
    queryKey: ['inbox', 'done', params],
    queryFn: () => getDoneTasks(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useDoneTasks(params: PageParams, enabled = true) {
  return useQuery({ ...getDoneTasksQueryOptions(params), enabled });
}
