import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicDetail } from '../types';
import { topicQueryKey } from './get-topic';
import { TOPICS_QUERY_KEY } from './get-topics';

export type ReportTopicInput = { taskId: string; text: string };

/** 报告整治情况 (the lead unit's users). */
export function reportTopic({ taskId, text }: ReportTopicInput): Promise<TopicDetail> {
  return api.post<TopicDetail>(`/api/special-topics/tasks/${encodeURIComponent(taskId)}/report`, { text });
}

export function useReportTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reportTopic,
    onSuccess: (detail) => {
      qc.setQueryData(topicQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: [...TOPICS_QUERY_KEY, 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
