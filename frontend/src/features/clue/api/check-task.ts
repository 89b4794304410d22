import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AcceptDecision } from '../schemas/task-schemas';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type CheckTaskInput = { taskId: string } & { decision: AcceptDecision; comment: string | null };

/** 减负办验收 (OFFICE): accept, or send back with a comment. */
export function checkTask({ taskId, ...body }: CheckTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/check`, body);
}

export function useCheckTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: checkTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
