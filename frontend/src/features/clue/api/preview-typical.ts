import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TypicalPreview } from '../types';

export type PreviewTypicalInput = { clueId: number; summary: string };

/** OFFICE: what the public would see if the summary were published now (checked as publishing is; stores nothing). */
export function previewTypical({ clueId, summary }: PreviewTypicalInput): Promise<TypicalPreview> {
  return api.post<TypicalPreview>(`/api/clues/${clueId}/typical/preview`, { summary });
}

export function usePreviewTypical() {
  return useMutation({ mutationFn: previewTypical });
}
