import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type ReplyTaskInput = { taskId: string } & { reply: string };

/** 答复反馈 (OFFICE): what the reporter reads; starts the rating period. */
export function replyTask({ taskId, ...body }: ReplyTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/reply`, body);
}

export function useReplyTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: replyTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
