import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';
import type { DashboardTable, Period } from '../types';

/** Downloads one dashboard table as .xlsx, with the figures and scope shown on screen. */
export function exportDashboardTable(table: DashboardTable, period: Period): Promise<void> {
  return downloadFile('/api/monitor/export', { table, ...period }, `dashboard-${table}.xlsx`);
}

export function useExportDashboardTable() {
  return useMutation({
    mutationFn: ({ table, period }: { table: DashboardTable; period: Period }) => exportDashboardTable(table, period),
  });
}
