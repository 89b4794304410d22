import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type IssueSupervisionInput = { clueId: number; unitId: number; request: string; dueDate: string };
export type AnswerSupervisionInput = { clueId: number; supervisionId: number; answer: string };

/** 督办 (OFFICE): a supervision order with a deadline to one of the clue's units. */
export function issueSupervision({ clueId, ...body }: IssueSupervisionInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/${clueId}/supervisions`, body);
}

/** 反馈督办 (a user of the supervised unit), once. */
export function answerSupervision({ clueId, supervisionId, answer }: AnswerSupervisionInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/${clueId}/supervisions/${supervisionId}/answer`, { answer });
}

function useClueMutation<I>(fn: (input: I) => Promise<ClueDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
    },
  });
}

export const useIssueSupervision = () => useClueMutation(issueSupervision);
export const useAnswerSupervision = () => useClueMutation(answerSupervision);
