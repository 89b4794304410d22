import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationQueryKey } from './get-application';

export type DeleteAttachmentInput = { applicationId: number; attachmentId: number };

export function deleteAttachment({ applicationId, attachmentId }: DeleteAttachmentInput): Promise<void> {
  return api.delete(`/api/admission/applications/${applicationId}/attachments/${attachmentId}`);
}

export function useDeleteAttachment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_r, vars) => qc.invalidateQueries({ queryKey: applicationQueryKey(vars.applicationId) }),
  });
}
