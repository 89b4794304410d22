import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attachment } from '../types';
import { clueQueryKey } from './get-clue';

export type UploadClueAttachmentInput = { clueId: number; file: File | Blob; fileName?: string };

/** Evidence from staff who may read the clue, until it is finished. */
export function uploadClueAttachment({ clueId, file, fileName }: UploadClueAttachmentInput): Promise<Attachment> {
  const body = new FormData();
  if (fileName) body.append('file', file, fileName);
  else body.append('file', file);
  return api.post<Attachment>(`/api/clues/${clueId}/attachments`, body);
}

export function useUploadClueAttachment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadClueAttachment,
    onSuccess: (_a, vars) => qc.invalidateQueries({ queryKey: clueQueryKey(vars.clueId) }),
  });
}
