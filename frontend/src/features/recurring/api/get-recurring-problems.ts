import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { GroupBy, Period, RecurringProblem } from '../types';

export type RecurringParams = Period & { groupBy: GroupBy };

/** The period's clues grouped (office, administrators, verifiers, leadership; others 403). */
export function getRecurringProblems(params: RecurringParams): Promise<RecurringProblem[]> {
  return api.get<RecurringProblem[]>('/api/recurring-problems', { params });
}

export const getRecurringProblemsQueryOptions = (params: RecurringParams) =>
  queryOptions({
    queryKey: ['recurring-problems', params],
    queryFn: () => getRecurringProblems(params),
    placeholderData: keepPreviousData,
  });

export function useRecurringProblems(params: RecurringParams) {
  return useQuery(getRecurringProblemsQueryOptions(params));
}
