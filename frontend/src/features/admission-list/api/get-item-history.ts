import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemHistory } from '../types';

/** An item's versions (public: the portal and the staff pages both show them); 404 for an unknown item. */
export function getItemHistory(id: number | string): Promise<ItemHistory> {
  return api.get<ItemHistory>(`/api/public/admission-items/${encodeURIComponent(String(id))}/history`);
}

export const getItemHistoryQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['public-admission-items', 'history', String(id)],
    queryFn: () => getItemHistory(id),
  });

export function useItemHistory(id: number | string) {
  return useQuery({ ...getItemHistoryQueryOptions(id), enabled: id !== '' });
}
