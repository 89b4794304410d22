import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import type { AdmissionItemFilters } from '../types';

export const EXPORT_URL = '/api/admission-items/export';

/** Downloads the .xlsx of the list with the same filters as the table. */
export function exportAdmissionItems(filters: AdmissionItemFilters): Promise<void> {
  return downloadFile(EXPORT_URL, { ...filters }, '准入清单.xlsx');
}

export function useExportAdmissionItems() {
  return useMutation({ mutationFn: exportAdmissionItems });
}
