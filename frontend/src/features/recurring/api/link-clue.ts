import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicDetail } from '../types';
import { topicQueryKey } from './get-topic';

export type LinkClueInput = { topicId: number; clueId: number };

/** 纳入线索 (office): 409 when the clue is linked already, 400 on clueId when there is no such clue. */
export function linkClue({ topicId, clueId }: LinkClueInput): Promise<TopicDetail> {
  return api.post<TopicDetail>(`/api/special-topics/${topicId}/clues`, { clueId });
}

export function useLinkClue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: linkClue,
    onSuccess: (detail) => qc.setQueryData(topicQueryKey(detail.id), detail),
  });
}
