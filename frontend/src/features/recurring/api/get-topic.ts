import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicDetail } from '../types';
import { TOPICS_QUERY_KEY } from './get-topics';

export const topicQueryKey = (id: number | string) => [...TOPICS_QUERY_KEY, 'detail', String(id)] as const;

/** One topic with its clues, reports, open step and trail (404 when the user may not see it). */
export function getTopic(id: number | string): Promise<TopicDetail> {
  return api.get<TopicDetail>(`/api/special-topics/${encodeURIComponent(String(id))}`);
}

export const getTopicQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: topicQueryKey(id), queryFn: () => getTopic(id) });

export function useTopic(id: number | string) {
  return useQuery(getTopicQueryOptions(id));
}
