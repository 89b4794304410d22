import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { ApplicationStatus } from '@/lib/enums';
import type { ApplicationSummary } from '../types';

export type ApplicationScope = 'mine' | 'all';

export type GetApplicationsParams = {
  scope: ApplicationScope;
  status?: ApplicationStatus | null;
  keyword?: string | null;
  /** The dashboard's drill-down (see GET /api/admission/applications). */
  deptOrgId?: number | null;
  from?: string | null;
  to?: string | null;
  returned?: boolean | null;
  step?: string | null;
  late?: boolean | null;
  overdue?: boolean | null;
  page: number;
  size: number;
};

export function getApplications(params: GetApplicationsParams): Promise<Page<ApplicationSummary>> {
  return api.get<Page<ApplicationSummary>>('/api/admission/applications', { params });
}

export const getApplicationsQueryOptions = (params: GetApplicationsParams) =>
  queryOptions({
    queryKey: ['applications', 'list', params],
    queryFn: () => getApplications(params),
    placeholderData: keepPreviousData,
  });

export function useApplications(params: GetApplicationsParams) {
  return useQuery(getApplicationsQueryOptions(params));
}
