import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { AdmissionItem, AdmissionItemFilters } from '../types';

export type GetAdmissionItemsParams = AdmissionItemFilters & { page: number; size: number };

export function getAdmissionItems(params: GetAdmissionItemsParams): Promise<Page<AdmissionItem>> {
  return api.get<Page<AdmissionItem>>('/api/admission-items', { params });
}

export const getAdmissionItemsQueryOptions = (params: GetAdmissionItemsParams) =>
  queryOptions({
    queryKey: ['admission-items', 'list', params],
    queryFn: () => getAdmissionItems(params),
    placeholderData: keepPreviousData,
  });

export function useAdmissionItems(params: GetAdmissionItemsParams) {
  return useQuery(getAdmissionItemsQueryOptions(params));
}
