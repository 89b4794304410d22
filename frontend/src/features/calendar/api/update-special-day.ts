import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SpecialDay, SpecialDayBody } from '../types';
import { SPECIAL_DAYS_QUERY_KEY } from './get-special-days';

export function updateSpecialDay({ id, body }: { id: number; body: SpecialDayBody }): Promise<SpecialDay> {
  return api.put<SpecialDay>(`/api/calendar/special-days/${id}`, body);
}

export function useUpdateSpecialDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateSpecialDay,
    onSuccess: () => qc.invalidateQueries({ queryKey: SPECIAL_DAYS_QUERY_KEY }),
  });
}
