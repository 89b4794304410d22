import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

export type FlagTypicalInput = { clueId: number; typical: boolean; summary: string | null };

/** OFFICE publishes (or withdraws) a closed clue as a typical case. */
export function flagTypical({ clueId, typical, summary }: FlagTypicalInput): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/${clueId}/typical`, typical ? { typical, summary } : { typical });
}

export function useFlagTypical() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: flagTypical,
    onSuccess: (detail) => {
      qc.setQueryData(clueQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['clues', 'list'] });
    },
  });
}
