import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AdmissionItem } from '../types';

export function getPublicAdmissionItem(id: number | string): Promise<AdmissionItem> {
  return api.get<AdmissionItem>(`/api/public/admission-items/${encodeURIComponent(String(id))}`);
}

export const getPublicAdmissionItemQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['public-admission-items', 'detail', String(id)],
    queryFn: () => getPublicAdmissionItem(id),
  });

export function usePublicAdmissionItem(id: number | string) {
  return useQuery(getPublicAdmissionItemQueryOptions(id));
}
