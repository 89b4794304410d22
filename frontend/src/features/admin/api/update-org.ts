import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ORGS_QUERY_KEY, type Org } from '@/lib/orgs';
import type { OrgBody } from '../types';

export function updateOrg({ id, body }: { id: number; body: OrgBody }): Promise<Org> {
  return api.put<Org>(`/api/orgs/${id}`, body);
}

export function useUpdateOrg() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateOrg, onSuccess: () => qc.invalidateQueries({ queryKey: ORGS_QUERY_KEY }) });
}
