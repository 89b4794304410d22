import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TriageDecision } from '../schemas/task-schemas';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type TriageTaskInput = { taskId: string } & {
  decision: TriageDecision;
  reason: string | null;
  mergeIntoClueId: number | null;
  unitIds: number[];
  dual: boolean;
};

/** 快速分办 (OFFICE): not accepted (reason for the reporter), merged, or assigned to units (dual: a grassroots unit and a county department). */
export function triageTask({ taskId, ...body }: TriageTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/triage`, body);
}

export function useTriageTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: triageTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
