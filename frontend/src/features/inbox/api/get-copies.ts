import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { CopiedCase, PageParams } from '../types';

/** 抄送我的: cases copied to the user or their organisation, newest first. */
export function getCopies({ page, size }: PageParams): Promise<Page<CopiedCase>> {
  return api.get<Page<CopiedCase>>('/api/copies', { params: { page, size } });
}

export const getCopiesQueryOptions = (params: PageParams) =>
  queryOptions({
    queryKey: ['inbox', 'copies', params],
    queryFn: () => getCopies(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useCopies(params: PageParams, enabled = true) {
  return useQuery({ ...getCopiesQueryOptions(params), enabled });
}
