import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { VillageBurden } from '../types';

/** A village's own page: its load, every item on it and why, the hours by department and category. */
export function getVillageBurden(id: number | string): Promise<VillageBurden> {
  return api.get<VillageBurden>(`/api/burden/villages/${encodeURIComponent(String(id))}`);
}

export const villageBurdenQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['burden', 'village', String(id)], queryFn: () => getVillageBurden(id) });

export function useVillageBurden(id: number | string) {
  return useQuery(villageBurdenQueryOptions(id));
}
