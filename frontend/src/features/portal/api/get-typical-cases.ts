import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { TypicalCase } from '../types';

export type TypicalParams = { page: number; size: number };

/** 典型问题通报, published by the office; nothing about reporters. */
export function getTypicalCases(params: TypicalParams): Promise<Page<TypicalCase>> {
  return api.get<Page<TypicalCase>>('/api/public/clues/typical', { params });
}

export const getTypicalCasesQueryOptions = (params: TypicalParams) =>
  queryOptions({
    queryKey: ['public-typical', params],
    queryFn: () => getTypicalCases(params),
    placeholderData: keepPreviousData,
  });

export function useTypicalCases(params: TypicalParams) {
  return useQuery(getTypicalCasesQueryOptions(params));
}
