import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueCredentials, PublicClueView } from '../types';

export type SupplementInput = ClueCredentials & { content: string };

/** The reporter adds information; 409 once the clue is finished. */
export function supplementClue({ clueNo, code, content }: SupplementInput): Promise<PublicClueView> {
  return api.post<PublicClueView>('/api/public/clues/supplement', { clueNo, code, content });
}

export function useSupplementClue() {
  return useMutation({ mutationFn: supplementClue });
}
