import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Warning } from '../types';
import { WARNINGS_QUERY_KEY } from './get-warnings';

/** 知悉: says what is being done about an open warning (409 when it is no longer open). */
export function acknowledgeWarning({ id, note }: { id: number; note: string }): Promise<Warning> {
  return api.post<Warning>(`/api/warnings/${id}/acknowledge`, { note });
}

export function useAcknowledgeWarning() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeWarning,
    // a 409 means someone else acknowledged it or the sweep resolved it: the list is stale either way
    onSettled: () => qc.invalidateQueries({ queryKey: WARNINGS_QUERY_KEY }),
  });
}
