import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Capacity } from '../types';

/** The county-wide capacity: hours a month each village can carry unless it has its own. */
export function getCountyCapacity(): Promise<Capacity> {
  return api.get<Capacity>('/api/burden/capacity');
}

export const countyCapacityQueryOptions = () =>
  queryOptions({ queryKey: ['burden', 'capacity'], queryFn: getCountyCapacity });

export function useCountyCapacity() {
  return useQuery(countyCapacityQueryOptions());
}

/** Office and administrators only (403 otherwise; 400 with fieldErrors.hoursPerMonth). */
export function updateCountyCapacity(hoursPerMonth: number): Promise<Capacity> {
  return api.put<Capacity>('/api/burden/capacity', { hoursPerMonth });
}

/** A village's own capacity; null goes back to the county-wide one. */
export function updateVillageCapacity({
  villageId,
  hoursPerMonth,
}: {
  villageId: number;
  hoursPerMonth: number | null;
}) {
  return api.put<{ villageId: number }>(`/api/burden/villages/${villageId}/capacity`, { hoursPerMonth });
}

/** Every figure of the meter depends on the capacities: all of them are fetched again. */
function useInvalidateBurden() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['burden'] });
}

export function useUpdateCountyCapacity() {
  const invalidate = useInvalidateBurden();
  return useMutation({ mutationFn: updateCountyCapacity, onSuccess: () => void invalidate() });
}

export function useUpdateVillageCapacity() {
  const invalidate = useInvalidateBurden();
  return useMutation({ mutationFn: updateVillageCapacity, onSuccess: () => void invalidate() });
}
