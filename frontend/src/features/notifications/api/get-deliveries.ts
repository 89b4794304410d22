import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { Delivery, DeliveryStatus } from '../types';

export type DeliveryFilters = { status: DeliveryStatus | null; page: number; size: number };

/** E-mail and gateway deliveries (administrators only; 403 for anyone else). */
export function getDeliveries(filters: DeliveryFilters): Promise<Page<Delivery>> {
  return api.get<Page<Delivery>>('/api/notifications/deliveries', { params: filters });
}

export const getDeliveriesQueryOptions = (filters: DeliveryFilters) =>
  queryOptions({
    queryKey: ['notifications', 'deliveries', filters],
    queryFn: () => getDeliveries(filters),
    placeholderData: keepPreviousData,
  });

export function useDeliveries(filters: DeliveryFilters) {
  return useQuery(getDeliveriesQueryOptions(filters));
}
