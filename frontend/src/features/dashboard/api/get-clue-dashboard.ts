import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDashboard, Period } from '../types';

/** Any logged-in user; the server narrows the figures to the user's scope. */
export function getClueDashboard(period: Period): Promise<ClueDashboard> {
  return api.get<ClueDashboard>('/api/monitor/clues', { params: period });
}

export const getClueDashboardQueryOptions = (period: Period) =>
  queryOptions({
    queryKey: ['dashboard', 'clues', period],
    queryFn: () => getClueDashboard(period),
    placeholderData: keepPreviousData,
  });

export function useClueDashboard(period: Period) {
  return useQuery(getClueDashboardQueryOptions(period));
}
