import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ApplicationDetail } from '../types';
import { applicationQueryKey } from './get-application';

/** 催办: reminds whoever holds the review or approval step; once a day (409 after that). */
export function nudgeApplication(id: number): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/applications/${id}/nudge`);
}

export function useNudgeApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: nudgeApplication,
    onSuccess: (detail) => qc.setQueryData(applicationQueryKey(detail.id), detail),
  });
}
