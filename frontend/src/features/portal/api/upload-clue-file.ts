import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueCredentials, PublicClueView } from '../types';

export type UploadClueFileInput = ClueCredentials & { file: File | Blob; fileName?: string };

/** multipart `clueNo`, `code`, `file`; 413 too large, 415 type not allowed (server messages shown as they are). */
export function uploadClueFile({ clueNo, code, file, fileName }: UploadClueFileInput): Promise<PublicClueView> {
  const body = new FormData();
  body.append('clueNo', clueNo);
  body.append('code', code);
  if (fileName) body.append('file', file, fileName);
  else body.append('file', file);
  return api.post<PublicClueView>('/api/public/clues/attachments', body);
}

export function useUploadClueFile() {
  return useMutation({ mutationFn: uploadClueFile });
}
