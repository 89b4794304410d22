import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, type Page } from '@/lib/api-client';
import type { ItemOption } from '../types';

/** Whether an item is in force on `today` (YYYY-MM-DD): effective already and not expired. */
export function inForce(item: Pick<ItemOption, 'effectiveDate' | 'expiryDate'>, today: string): boolean {
  return (!item.effectiveDate || item.effectiveDate <= today) && (!item.expiryDate || item.expiryDate >= today);
}

/**
 * Items to start a review of: the list's search (which includes expired items), keeping those in force.
 * The server checks again (409 for an item out of force or already under review).
 */
export async function getItemsInForce(keyword: string): Promise<ItemOption[]> {
  const page = await api.get<Page<ItemOption>>('/api/admission-items', {
    params: { keyword: keyword.trim() || undefined, page: 1, size: 50 },
  });
  const today = dayjs().format('YYYY-MM-DD');
  return page.items.filter((item) => inForce(item, today));
}

export const getItemsInForceQueryOptions = (keyword: string) =>
  queryOptions({
    queryKey: ['list-review-items', keyword.trim()],
    queryFn: () => getItemsInForce(keyword),
    placeholderData: keepPreviousData,
  });

export function useItemsInForce(keyword: string, enabled: boolean) {
  return useQuery({ ...getItemsInForceQueryOptions(keyword), enabled });
}
