import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SynonymBody, SynonymGroup } from '../types';
import { SYNONYMS_QUERY_KEY } from './get-synonyms';

export function updateSynonym({ id, body }: { id: number; body: SynonymBody }): Promise<SynonymGroup> {
  return api.put<SynonymGroup>(`/api/search/synonyms/${id}`, body);
}

export function useUpdateSynonym() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateSynonym,
    onSuccess: () => qc.invalidateQueries({ queryKey: SYNONYMS_QUERY_KEY }),
  });
}
