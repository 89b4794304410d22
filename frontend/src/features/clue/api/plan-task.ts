import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type PlanTaskInput = { taskId: string } & { plan: string; deadline: string };

/** 制定整改方案 (the unit): the plan and its deadline (today to one year ahead). */
export function planTask({ taskId, ...body }: PlanTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/plan`, body);
}

export function usePlanTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: planTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
