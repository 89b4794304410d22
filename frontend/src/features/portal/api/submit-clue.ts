import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueFormPayload, ClueReceipt } from '@/lib/clue-form';

export type SubmitClueInput = { form: ClueFormPayload; idempotencyKey: string };

/**
 * POST /api/public/clues → `{ id, clueNo, queryCode }` (the only time the code is sent). The key is
 * the same for every try of one filled-in form: a retry after a lost answer gets the first receipt,
 * never a second clue.
 */
export function submitClue({ form, idempotencyKey }: SubmitClueInput): Promise<ClueReceipt> {
  return api.post<ClueReceipt>('/api/public/clues', form, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useSubmitClue() {
  return useMutation({ mutationFn: submitClue });
}
