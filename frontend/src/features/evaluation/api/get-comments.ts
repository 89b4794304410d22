import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CommentStatus, ScreenedComment } from '../types';
import { EVALUATION_QUERY_KEY } from './get-rounds';

/** A round's comments for screening (office and administrators); never who wrote them. */
export function getComments(roundId: number, status: CommentStatus | null): Promise<ScreenedComment[]> {
  return api.get<ScreenedComment[]>(`/api/evaluation/rounds/${roundId}/comments`, { params: { status } });
}

export const commentsQueryOptions = (roundId: number | null, status: CommentStatus | null) =>
  queryOptions({
    queryKey: [...EVALUATION_QUERY_KEY, 'comments', roundId, status],
    queryFn: () => getComments(roundId as number, status),
    enabled: roundId !== null,
  });

export function useComments(roundId: number | null, status: CommentStatus | null) {
  return useQuery(commentsQueryOptions(roundId, status));
}
