import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { ClueCategory, ClueSource, ClueStatus } from '@/lib/enums';
import type { ClueSummary } from '../types';

export type ClueScope = 'all' | 'unit' | 'township';

/** The dashboard's figures a clue list can be narrowed to (see GET /api/clues, bucket). */
export const CLUE_BUCKETS = [
  'ASSIGNED',
  'RESPONSE_DUE',
  'RESPONDED_ON_TIME',
  'SUBSTANTIATED',
  'RESOLVED',
  'FINISHED',
  'ON_TIME',
  'ACCEPTED',
  'CLOSED',
  'RATED',
  'SATISFIED',
] as const;
export type ClueBucket = (typeof CLUE_BUCKETS)[number];

export type CluesParams = {
  scope: ClueScope;
  status?: ClueStatus | null;
  category?: ClueCategory | null;
  source?: ClueSource | null;
  keyword?: string | null;
  from?: string | null;
  to?: string | null;
  typical?: boolean | null;
  /** true: only clues with a 督办 still waiting for its answer (of the unit or township in scope). */
  supervised?: boolean | null;
  unitOrgId?: number | null;
  townshipId?: number | null;
  bucket?: ClueBucket | null;
  page: number;
  size: number;
};

/** `scope=all`: OFFICE, VERIFIER, ADMIN, leadership; `township`: a township's and its villages'; `unit`: the user's organisation's. */
export function getClues(params: CluesParams): Promise<Page<ClueSummary>> {
  return api.get<Page<ClueSummary>>('/api/clues', { params });
}

export const getCluesQueryOptions = (params: CluesParams) =>
  queryOptions({
    queryKey: ['clues', 'list', params],
    queryFn: () => getClues(params),
    placeholderData: keepPreviousData,
  });

export function useClues(params: CluesParams) {
  return useQuery(getCluesQueryOptions(params));
}
