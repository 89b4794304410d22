import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { SYNONYMS_QUERY_KEY } from './get-synonyms';

export function deleteSynonym(id: number): Promise<void> {
  return api.delete(`/api/search/synonyms/${id}`);
}

export function useDeleteSynonym() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteSynonym,
    onSuccess: () => qc.invalidateQueries({ queryKey: SYNONYMS_QUERY_KEY }),
  });
}
