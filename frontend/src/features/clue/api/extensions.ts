import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type RequestExtensionInput = { taskId: string; dueDate: string; reason: string };
export type DecideExtensionInput = {
  id: number;
  decision: 'GRANT' | 'REFUSE';
  dueDate: string | null;
  note: string | null;
};

/** 延期申请 (a user of the unit holding 联合核查, 制定整改方案 or 报送整改报告): the office grants or refuses it. */
export function requestExtension({ taskId, dueDate, reason }: RequestExtensionInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/extension`, { dueDate, reason });
}

/** The office's answer; a grant moves the step's due date, reminder and escalation. */
export function decideExtension({ id, ...body }: DecideExtensionInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/extensions/${id}/decision`, body);
}

function useClueMutation<T>(fn: (input: T) => Promise<ClueDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

export const useRequestExtension = () => useClueMutation(requestExtension);
export const useDecideExtension = () => useClueMutation(decideExtension);
