import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueFormPayload, ClueReceipt } from '@/lib/clue-form';

/** POST /api/public/clues → `{ id, clueNo, queryCode }` (the only time the code is sent). */
export function submitClue(form: ClueFormPayload): Promise<ClueReceipt> {
  return api.post<ClueReceipt>('/api/public/clues', form);
}

export function useSubmitClue() {
  return useMutation({ mutationFn: submitClue });
}
