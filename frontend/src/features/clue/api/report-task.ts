import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type ReportTaskInput = { taskId: string } & { report: string };

/** 报送整改报告 (the unit): what was done. */
export function reportTask({ taskId, ...body }: ReportTaskInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/tasks/${encodeURIComponent(taskId)}/report`, body);
}

export function useReportTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: reportTask,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
