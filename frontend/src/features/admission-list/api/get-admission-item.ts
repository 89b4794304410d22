import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AdmissionItem } from '../types';

export function getAdmissionItem(id: number | string): Promise<AdmissionItem> {
  return api.get<AdmissionItem>(`/api/admission-items/${encodeURIComponent(String(id))}`);
}

export const getAdmissionItemQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['admission-items', 'detail', String(id)], queryFn: () => getAdmissionItem(id) });

export function useAdmissionItem(id: number | string) {
  return useQuery(getAdmissionItemQueryOptions(id));
}
