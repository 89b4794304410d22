import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SpecialDay, SpecialDayBody } from '../types';
import { SPECIAL_DAYS_QUERY_KEY } from './get-special-days';

export function createSpecialDay(body: SpecialDayBody): Promise<SpecialDay> {
  return api.post<SpecialDay>('/api/calendar/special-days', body);
}

export function useCreateSpecialDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSpecialDay,
    onSuccess: () => qc.invalidateQueries({ queryKey: SPECIAL_DAYS_QUERY_KEY }),
  });
}
