import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationChanges } from '../types';

/** 本次修改: what the latest resubmission changed against the submission before it. */
export function getApplicationChanges(id: number | string): Promise<ApplicationChanges> {
  return api.get<ApplicationChanges>(`/api/admission/applications/${encodeURIComponent(String(id))}/changes`);
}

export const getApplicationChangesQueryOptions = (id: number | string) =>
  queryOptions({
    queryKey: ['applications', 'changes', String(id)],
    queryFn: () => getApplicationChanges(id),
  });

export function useApplicationChanges(id: number | string, enabled: boolean) {
  return useQuery({ ...getApplicationChangesQueryOptions(id), enabled });
}
