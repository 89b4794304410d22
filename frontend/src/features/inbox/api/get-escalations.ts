import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { InboxListParams, InboxTask } from '../types';
import { filterQuery } from '../utils/inbox-filters';

/** OFFICE: every overdue open task, whoever holds it (督办). */
export function getEscalations({ page, size, ...filters }: InboxListParams): Promise<Page<InboxTask>> {
  return api.get<Page<InboxTask>>('/api/inbox/escalations', { params: { page, size, ...filterQuery(filters) } });
}

export const getEscalationsQueryOptions = (params: InboxListParams) =>
  queryOptions({
    queryKey: ['inbox', 'escalations', params],
    queryFn: () => getEscalations(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useEscalations(params: InboxListParams, enabled = true) {
  return useQuery({ ...getEscalationsQueryOptions(params), enabled });
}
