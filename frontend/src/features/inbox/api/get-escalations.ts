import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { InboxTask, PageParams } from '../types';

/** OFFICE: overdue review/approval steps escalated to 减负办 (督办). */
export function getEscalations(params: PageParams): Promise<Page<InboxTask>> {
  return api.get<Page<InboxTask>>('/api/inbox/escalations', { params });
}

export const getEscalationsQueryOptions = (params: PageParams) =>
  queryOptions({
    queryKey: ['inbox', 'escalations', params],
    queryFn: () => getEscalations(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useEscalations(params: PageParams, enabled = true) {
  return useQuery({ ...getEscalationsQueryOptions(params), enabled });
}
