import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

/** Publishing carries the previewed text and its digest; withdrawing needs neither. */
export type FlagTypicalInput =
  { clueId: number; typical: true; summary: string; confirmedDigest: string } | { clueId: number; typical: false };

/** OFFICE publishes (exactly the previewed text) or withdraws a closed clue as a typical case. */
export function flagTypical(input: FlagTypicalInput): Promise<ClueDetail> {
  const body = input.typical
    ? { typical: true, summary: input.summary, confirmedDigest: input.confirmedDigest }
    : { typical: false };
  return api.post<ClueDetail>(`/api/clues/${input.clueId}/typical`, body);
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
