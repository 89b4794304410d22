import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueFormPayload, ClueReceipt } from '@/lib/clue-form';

/** OFFICE records a hotline/mailbox/inspection clue → the code to give to the caller. */
export function recordClue(form: ClueFormPayload): Promise<ClueReceipt> {
  return api.post<ClueReceipt>('/api/clues', form);
}

export function useRecordClue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordClue,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['clues', 'list'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
