import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail, ApplicationFormPayload } from '../types';
import { applicationQueryKey } from './get-application';

export type UpdateApplicationInput = { id: number; form: ApplicationFormPayload };

export function updateApplication({ id, form }: UpdateApplicationInput): Promise<ApplicationDetail> {
  return api.put<ApplicationDetail>(`/api/admission/applications/${id}`, form);
}

export function useUpdateApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['applications', 'list'] });
    },
  });
}
