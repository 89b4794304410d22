import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { VillageLoadFilters, VillageLoad } from '../types';

/** The villages the user may see, the most loaded first. */
export function getVillageLoads({ townshipId, overCapacityOnly, page, size }: VillageLoadFilters) {
  return api.get<Page<VillageLoad>>('/api/burden/villages', {
    params: { townshipId, overCapacityOnly: overCapacityOnly ? true : undefined, page, size },
  });
}

export const villageLoadsQueryOptions = (filters: VillageLoadFilters) =>
  queryOptions({
    queryKey: ['burden', 'villages', filters],
    queryFn: () => getVillageLoads(filters),
    placeholderData: keepPreviousData,
  });

export function useVillageLoads(filters: VillageLoadFilters, enabled = true) {
  return useQuery({ ...villageLoadsQueryOptions(filters), enabled });
}
