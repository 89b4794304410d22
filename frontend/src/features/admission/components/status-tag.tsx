import { Tag } from 'antd';
import { statusColor, statusLabel } from '../enums';
import { useAdmissionI18n } from '../i18n';

export function StatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useAdmissionI18n();
  if (!status) return null;
  return <Tag color={statusColor(status)}>{statusLabel(t, status)}</Tag>;
}
