import { Tag } from 'antd';
import { clueStatusColor, clueStatusLabel } from '@/lib/enums';
import { useI18n } from '@/lib/i18n';

export function ClueStatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useI18n();
  if (!status) return null;
  return <Tag color={clueStatusColor(status)}>{clueStatusLabel(t, status)}</Tag>;
}
