// 加签 and the reviewer's 撤回: the reviewer adds co-signers to the review in front of them, each
// co-signer agrees or objects on their own step, and a pass can be taken back until the approver claims it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TaskHolder } from '@/lib/task-hand-over';
import type { ApplicationDetail, CoSignDecision, CoSigner } from '../types';
import { applicationQueryKey } from './get-application';

const task = (taskId: string) => `/api/admission/tasks/${encodeURIComponent(taskId)}`;

export function getCoSignerCandidates(taskId: string, keyword: string): Promise<TaskHolder[]> {
  return api.get<TaskHolder[]>(`${task(taskId)}/co-signer-candidates`, { params: { keyword: keyword || undefined } });
}

export function useCoSignerCandidates(taskId: string, keyword: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'co-signer-candidates', taskId, keyword],
    queryFn: () => getCoSignerCandidates(taskId, keyword),
    enabled,
  });
}

export type CoSignerInput = { applicationId: number; taskId: string; username: string };

export function addCoSigner({ taskId, username }: CoSignerInput): Promise<CoSigner[]> {
  return api.post<CoSigner[]>(`${task(taskId)}/co-signers`, { username });
}

export function removeCoSigner({ taskId, username }: CoSignerInput): Promise<CoSigner[]> {
  return api.delete<CoSigner[]>(`${task(taskId)}/co-signers/${encodeURIComponent(username)}`);
}

function useRefreshApplication() {
  const qc = useQueryClient();
  return (applicationId: number) => {
    void qc.invalidateQueries({ queryKey: applicationQueryKey(applicationId) });
    void qc.invalidateQueries({ queryKey: ['applications', 'co-signer-candidates'] });
  };
}

export function useAddCoSigner() {
  const refresh = useRefreshApplication();
  return useMutation({ mutationFn: addCoSigner, onSettled: (_r, _e, v) => refresh(v.applicationId) });
}

export function useRemoveCoSigner() {
  const refresh = useRefreshApplication();
  return useMutation({ mutationFn: removeCoSigner, onSettled: (_r, _e, v) => refresh(v.applicationId) });
}

export type CoSignInput = { taskId: string; decision: CoSignDecision; comment: string | null };

/** The co-signer's opinion on their step: OBJECT sends the application back to the reviewer. */
export function coSign({ taskId, decision, comment }: CoSignInput): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`${task(taskId)}/co-sign`, { decision, comment });
}

export function useCoSign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: coSign,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

/** 撤回: the reviewer takes back their pass; the application returns to their review. */
export function recallReview(id: number): Promise<ApplicationDetail> {
  return api.post<ApplicationDetail>(`/api/admission/applications/${id}/recall-review`);
}

export function useRecallReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recallReview,
    onSuccess: (detail) => {
      qc.setQueryData(applicationQueryKey(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}
