import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNotify } from '@/lib/notify';
import { useExportDashboardTable } from '../api/export-dashboard-table';
import { useDashboardI18n } from '../i18n';
import type { DashboardTable, Period } from '../types';

/** Downloads one table of the dashboard as Excel. */
export function ExportButton({ table, period }: { table: DashboardTable; period: Period }) {
  const { t } = useDashboardI18n();
  const notify = useNotify();
  const exporting = useExportDashboardTable();
  return (
    <Button
      size="small"
      icon={<DownloadOutlined aria-hidden />}
      loading={exporting.isPending}
      aria-label={`${t('dash.export')} ${table}`}
      onClick={() =>
        exporting.mutate(
          { table, period },
          { onError: (e) => notify.error(e instanceof Error ? e.message : String(e)) },
        )
      }
    >
      {t('dash.export')}
    </Button>
  );
}
