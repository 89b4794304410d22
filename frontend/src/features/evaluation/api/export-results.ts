import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

/** The results as .xlsx, with exactly what the page shows the user. */
export function exportResults(roundId: number): Promise<void> {
  return downloadFile(`/api/evaluation/rounds/${roundId}/results/export`, undefined, `evaluation-${roundId}.xlsx`);
}

export function useExportResults() {
  return useMutation({ mutationFn: exportResults });
}
