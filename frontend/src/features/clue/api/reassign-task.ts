import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail, ReassignDecision } from '../types';
import { clueQueryKey } from './get-clue';

export type ReassignTaskInput = { taskId: string; decision: ReassignDecision; orgId?: number };

/** 重新交办 (OFFICE) after a unit's 退单: another unit verifies in its place, or the other units carry on. */
export function reassignTask({ taskId, ...body }: ReassignTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/reassign`, body);
}

export function useReassignTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reassignTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      // ['clues'] covers the clue's own key (clueQueryKey): it is read again along with the lists
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
