import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail } from '../types';
import { applicationQueryKey } from './get-application';

/** DRAFT → starts the process; RETURNED → back into review. */
export function submitApplication(id: number): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/applications/${id}/submit`);
}

export function useSubmitApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['applications'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
