import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicDetail, TopicInput } from '../types';
import { topicQueryKey } from './get-topic';
import { TOPICS_QUERY_KEY } from './get-topics';

/** 立为专项治理 (office and administrators; 400 with fieldErrors on title, description, leadOrgId, deadline, clueIds). */
export function createTopic(input: TopicInput): Promise<TopicDetail> {
  return api.post<TopicDetail>('/api/special-topics', input);
}

export function useCreateTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createTopic,
    onSuccess: (detail) => {
      qc.setQueryData(topicQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: [...TOPICS_QUERY_KEY, 'list'] });
    },
  });
}
