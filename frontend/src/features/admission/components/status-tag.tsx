import { Tag } from 'antd';
import { statusColor, statusLabel } from '@/lib/enums';
import { useI18n } from '@/lib/i18n';

export function StatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useI18n();
  if (!status) return null;
  return <Tag color={statusColor(status)}>{statusLabel(t, status)}</Tag>;
}
