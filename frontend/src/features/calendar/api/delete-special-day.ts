import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { SPECIAL_DAYS_QUERY_KEY } from './get-special-days';

export function deleteSpecialDay(id: number): Promise<void> {
  return api.delete(`/api/calendar/special-days/${id}`);
}

export function useDeleteSpecialDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteSpecialDay,
    onSuccess: () => qc.invalidateQueries({ queryKey: SPECIAL_DAYS_QUERY_KEY }),
  });
}
