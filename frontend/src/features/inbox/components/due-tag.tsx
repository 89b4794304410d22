import { Space, Tag } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useInboxI18n } from '../i18n';

/** Deadline with a red 已超期 or orange 即将到期 tag. */
export function DueCell({ due, overdue, dueSoon }: { due: string | null; overdue: boolean; dueSoon: boolean }) {
  const { t } = useInboxI18n();
  if (!due && !overdue) return <span>—</span>;
  return (
    <Space size={4} wrap>
      {due ? <span>{formatDateTime(due)}</span> : null}
      {overdue ? (
        <Tag color="red">{t('inbox.overdue')}</Tag>
      ) : dueSoon ? (
        <Tag color="orange">{t('inbox.dueSoon')}</Tag>
      ) : null}
    </Space>
  );
}
