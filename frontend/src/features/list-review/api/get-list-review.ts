import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewDetail } from '../types';
import { LIST_REVIEWS_QUERY_KEY } from './get-list-reviews';

/** One review with the item's text, the feedback the viewer may see, the open step and the trail (404 if hidden). */
export function getListReview(id: number | string): Promise<ReviewDetail> {
  return api.get<ReviewDetail>(`/api/list-reviews/${encodeURIComponent(String(id))}`);
}

export const listReviewQueryKey = (id: number | string) => [...LIST_REVIEWS_QUERY_KEY, 'detail', String(id)] as const;

export const getListReviewQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: listReviewQueryKey(id),
    queryFn: () => getListReview(id),
    staleTime: 0,
  });

export function useListReview(id: number | string) {
  return useQuery({ ...getListReviewQueryOptions(id), enabled: id !== '' });
}
