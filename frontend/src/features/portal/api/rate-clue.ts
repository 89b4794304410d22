import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Rating } from '@/lib/enums';
import type { ClueCredentials, PublicClueView } from '../types';

export type RateClueInput = ClueCredentials & { rating: Rating; comment: string | null; reopen: boolean };

/** 满意/不满意; an unsatisfied reporter may send it back into rectification once (`reopen`). */
export function rateClue({ clueNo, code, rating, comment, reopen }: RateClueInput): Promise<PublicClueView> {
  return api.post<PublicClueView>('/api/public/clues/rate', { clueNo, code, rating, comment, reopen });
}

export function useRateClue() {
  return useMutation({ mutationFn: rateClue });
}
