import { Tag } from 'antd';
import { clueStatusColor, clueStatusLabel } from '@/lib/enums';
import { useClueI18n } from '../i18n';

export function ClueStatusTag({ status }: { status: string | null | undefined }) {
  const { t } = useClueI18n();
  if (!status) return null;
  return <Tag color={clueStatusColor(status)}>{clueStatusLabel(t, status)}</Tag>;
}
