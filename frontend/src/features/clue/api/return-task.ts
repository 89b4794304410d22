import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type ReturnTaskInput = { taskId: string; reason: string };

/** 退单 (a user of the assigned unit holding 联合核查): the clue is not the unit's business; the office reassigns it. */
export function returnTask({ taskId, reason }: ReturnTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/return`, { reason });
}

export function useReturnTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: returnTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      // ['clues'] covers the clue's own key (clueQueryKey): it is read again along with the lists
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
