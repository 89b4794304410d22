import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AdmissionDashboard, Period } from '../types';

/** The county's figures for the office and leadership, a department's own for it; 403 for townships and villages. */
export function getAdmissionDashboard(period: Period): Promise<AdmissionDashboard> {
  return api.get<AdmissionDashboard>('/api/monitor/admission', { params: period });
}

export const getAdmissionDashboardQueryOptions = (period: Period) =>
  queryOptions({
    queryKey: ['dashboard', 'admission', period],
    queryFn: () => getAdmissionDashboard(period),
    placeholderData: keepPreviousData,
  });

export function useAdmissionDashboard(period: Period, enabled: boolean) {
  return useQuery({ ...getAdmissionDashboardQueryOptions(period), enabled });
}
