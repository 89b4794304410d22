import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attachment } from '../types';
import { applicationQueryKey } from './get-application';

export type UploadAttachmentInput = { applicationId: number; file: File | Blob; fileName?: string };

/** multipart `file`; the server answers 413 (too large) or 415 (type not allowed) with a message. */
export function uploadAttachment({ applicationId, file, fileName }: UploadAttachmentInput): Promise<Attachment> {
  const body = new FormData();
  if (fileName) body.append('file', file, fileName);
  else body.append('file', file);
  return api.post<Attachment>(`/api/admission/applications/${applicationId}/attachments`, body);
}

export function useUploadAttachment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_a, vars) => qc.invalidateQueries({ queryKey: applicationQueryKey(vars.applicationId) }),
  });
}
