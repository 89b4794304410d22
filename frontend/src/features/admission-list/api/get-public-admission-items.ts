import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Category } from '@/lib/enums';
import type { AdmissionLookup } from '../types';

export type PublicItemsParams = { keyword?: string | null; category?: Category | null; page: number; size: number };

/** Anyone, no login (public lookup); `noMatch` with the `nearest` items when the keyword matched nothing. */
export function getPublicAdmissionItems(params: PublicItemsParams): Promise<AdmissionLookup> {
  return api.get<AdmissionLookup>('/api/public/admission-items', { params });
}

export const getPublicAdmissionItemsQueryOptions = (params: PublicItemsParams) =>
  queryOptions({
    queryKey: ['public-admission-items', 'list', params],
    queryFn: () => getPublicAdmissionItems(params),
    placeholderData: keepPreviousData,
  });

export function usePublicAdmissionItems(params: PublicItemsParams, enabled = true) {
  return useQuery({ ...getPublicAdmissionItemsQueryOptions(params), enabled });
}
