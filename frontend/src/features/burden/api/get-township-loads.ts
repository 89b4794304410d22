import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TownshipLoad } from '../types';

/** The townships the user may see, their villages together, the most loaded first. */
export function getTownshipLoads(): Promise<TownshipLoad[]> {
  return api.get<TownshipLoad[]>('/api/burden/townships');
}

export const townshipLoadsQueryOptions = () =>
  queryOptions({ queryKey: ['burden', 'townships'], queryFn: getTownshipLoads });

export function useTownshipLoads(enabled = true) {
  return useQuery({ ...townshipLoadsQueryOptions(), enabled });
}
