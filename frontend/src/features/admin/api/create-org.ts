import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ORGS_QUERY_KEY, type Org } from '@/lib/orgs';
import type { OrgBody } from '../types';

export function createOrg(body: OrgBody): Promise<Org> {
  return api.post<Org>('/api/orgs', body);
}

export function useCreateOrg() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createOrg, onSuccess: () => qc.invalidateQueries({ queryKey: ORGS_QUERY_KEY }) });
}
