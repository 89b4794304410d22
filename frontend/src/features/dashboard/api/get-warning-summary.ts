import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WarningCount } from '../types';

/** Unresolved warnings (open and acknowledged) the user may see, by rule and severity. */
export function getWarningSummary(): Promise<WarningCount[]> {
  return api.get<WarningCount[]>('/api/warnings/summary');
}

export const getWarningSummaryQueryOptions = () =>
  queryOptions({ queryKey: ['warnings', 'summary'], queryFn: getWarningSummary });

export function useWarningSummary() {
  return useQuery(getWarningSummaryQueryOptions());
}
