import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BurdenOverview } from '../types';

/** The burden meter at a glance; the server narrows it to what the user may see (a village: itself). */
export async function getBurdenOverview(): Promise<BurdenOverview> {
  const [townships, villages, departments] = await Promise.all([
    api.get<BurdenOverview['townships']>('/api/burden/townships'),
    api.get<{ items: BurdenOverview['villages'] }>('/api/burden/villages', { params: { size: 10 } }),
    api.get<BurdenOverview['departments']>('/api/burden/shares', { params: { by: 'department' } }),
  ]);
  return { townships, villages: villages.items, departments: departments.slice(0, 10) };
}

export const getBurdenOverviewQueryOptions = () =>
  queryOptions({ queryKey: ['dashboard', 'burden'], queryFn: getBurdenOverview });

export function useBurdenOverview() {
  return useQuery(getBurdenOverviewQueryOptions());
}
