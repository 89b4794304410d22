import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BurdenShare, ShareBy } from '../types';

/** Hours the items in force put on the villages, by lead department or by category (of one township, or all). */
export function getBurdenShares(by: ShareBy, townshipId: number | null): Promise<BurdenShare[]> {
  return api.get<BurdenShare[]>('/api/burden/shares', { params: { by, townshipId } });
}

export const burdenSharesQueryOptions = (by: ShareBy, townshipId: number | null) =>
  queryOptions({
    queryKey: ['burden', 'shares', by, townshipId],
    queryFn: () => getBurdenShares(by, townshipId),
    placeholderData: keepPreviousData,
  });

export function useBurdenShares(by: ShareBy, townshipId: number | null, enabled = true) {
  return useQuery({ ...burdenSharesQueryOptions(by, townshipId), enabled });
}
