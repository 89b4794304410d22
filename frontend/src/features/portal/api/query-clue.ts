import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueCredentials, PublicClueView } from '../types';

/** A POST, not a GET: the code travels in the body, never in a URL (and is never cached). */
export function queryClue({ clueNo, code }: ClueCredentials): Promise<PublicClueView> {
  return api.post<PublicClueView>('/api/public/clues/query', { clueNo, code });
}

export function useQueryClue() {
  return useMutation({ mutationFn: queryClue });
}
