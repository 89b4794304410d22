import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail, ApplicationFormPayload } from '../types';
import { applicationQueryKey } from './get-application';

export type CreateApplicationInput = { form: ApplicationFormPayload; idempotencyKey: string };

/** POST a new draft; a retry with the same Idempotency-Key returns the same draft. */
export function createApplication({ form, idempotencyKey }: CreateApplicationInput): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>('/api/admission/applications', form, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['applications', 'list'] });
    },
  });
}
