import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { VerificationOutcome } from '@/lib/enums';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type VerifyTaskInput = { taskId: string } & { outcome: VerificationOutcome; findings: string };

/** 联合核查 (the unit or VERIFIER): outcome and findings. */
export function verifyTask({ taskId, ...body }: VerifyTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/verify`, body);
}

export function useVerifyTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: verifyTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
