import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicDetail } from '../types';
import { topicQueryKey } from './get-topic';
import { TOPICS_QUERY_KEY } from './get-topics';

/** `text` is required when the topic is sent back. */
export type AcceptTopicInput = { taskId: string; accept: boolean; text: string | null };

/** 验收 (office): pass (the topic is done) or send back to the lead unit with the reasons. */
export function acceptTopic({ taskId, ...body }: AcceptTopicInput): Promise<TopicDetail> {
  return api.post<TopicDetail>(`/api/special-topics/tasks/${encodeURIComponent(taskId)}/acceptance`, body);
}

export function useAcceptTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acceptTopic,
    onSuccess: (detail) => {
      qc.setQueryData(topicQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: [...TOPICS_QUERY_KEY, 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
