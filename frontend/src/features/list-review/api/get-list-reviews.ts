import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReviewFilters, ReviewPage } from '../types';

export const LIST_REVIEWS_QUERY_KEY = ['list-reviews'] as const;

/** The reviews the user may see: all of them, the department's own items', or those reaching the unit. */
export function getListReviews({ status, openOnly, page, size }: ReviewFilters): Promise<ReviewPage> {
  return api.get<ReviewPage>('/api/list-reviews', {
    params: { status, openOnly: openOnly || undefined, page, size },
  });
}

export const getListReviewsQueryOptions = (filters: ReviewFilters) =>
  queryOptions({
    queryKey: [...LIST_REVIEWS_QUERY_KEY, 'list', filters],
    queryFn: () => getListReviews(filters),
    placeholderData: keepPreviousData,
  });

export function useListReviews(filters: ReviewFilters) {
  return useQuery(getListReviewsQueryOptions(filters));
}
