import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueDetail } from '../types';
import { clueQueryKey } from './get-clue';

/** 催办 (OFFICE): reminds the units holding the verification or rectification; once a day (409 after that). */
export function nudgeClue(id: number): Promise<ClueDetail> {
  return api.post<ClueDetail>(`/api/clues/${id}/nudge`);
}

export function useNudgeClue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: nudgeClue,
    onSuccess: (detail) => qc.setQueryData(clueQueryKey(detail.id), detail),
  });
}
