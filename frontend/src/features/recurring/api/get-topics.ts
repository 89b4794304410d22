import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TopicPage } from '../types';

export const TOPICS_QUERY_KEY = ['special-topics'] as const;

export type TopicsParams = { page: number; size: number };

/** The topics the user may see (the office, verifiers and leadership all; a lead unit its own), newest first. */
export function getTopics(params: TopicsParams): Promise<TopicPage> {
  return api.get<TopicPage>('/api/special-topics', { params });
}

export const getTopicsQueryOptions = (params: TopicsParams) =>
  queryOptions({
    queryKey: [...TOPICS_QUERY_KEY, 'list', params],
    queryFn: () => getTopics(params),
    placeholderData: keepPreviousData,
  });

export function useTopics(params: TopicsParams) {
  return useQuery(getTopicsQueryOptions(params));
}
