import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail } from '../types';
import { applicationQueryKey } from './get-application';

export type WithdrawInput = { id: number; reason: string };

export function withdrawApplication({ id, reason }: WithdrawInput): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/applications/${id}/withdraw`, { reason });
}

export function useWithdrawApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['applications'] });
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
