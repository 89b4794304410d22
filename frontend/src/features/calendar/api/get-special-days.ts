import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SpecialDay } from '../types';

export const SPECIAL_DAYS_QUERY_KEY = ['special-days'] as const;

/** A year's holidays and make-up workdays, by date (a few dozen: unpaged). */
export function getSpecialDays(year: number): Promise<SpecialDay[]> {
  return api.get<SpecialDay[]>('/api/calendar/special-days', { params: { year } });
}

export const getSpecialDaysQueryOptions = (year: number) =>
  queryOptions({ queryKey: [...SPECIAL_DAYS_QUERY_KEY, year], queryFn: () => getSpecialDays(year) });

export function useSpecialDays(year: number) {
  return useQuery(getSpecialDaysQueryOptions(year));
}
