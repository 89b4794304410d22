import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SynonymBody, SynonymGroup } from '../types';
import { SYNONYMS_QUERY_KEY } from './get-synonyms';

export function createSynonym(body: SynonymBody): Promise<SynonymGroup> {
  return api.post<SynonymGroup>('/api/search/synonyms', body);
}

export function useCreateSynonym() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createSynonym,
    onSuccess: () => qc.invalidateQueries({ queryKey: SYNONYMS_QUERY_KEY }),
  });
}
