import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type RecordCallbackInput = { clueId: number; reached: boolean; satisfied?: boolean; note?: string };

/** 回访 (OFFICE): reached or not; when reached, the reporter's verdict is the clue's rating. */
export function recordCallback({ clueId, ...body }: RecordCallbackInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/${clueId}/callbacks`, body);
}

export function useRecordCallback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordCallback,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      // ['clues'] covers the clue's own key (clueQueryKey): it is read again along with the lists
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
