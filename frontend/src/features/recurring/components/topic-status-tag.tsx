import { Tag } from 'antd';
import { useRecurI18n } from '../i18n';
import { isOverdue, topicStatusColor, topicStatusLabel } from '../utils/labels';

export function TopicStatusTag({ status }: { status: string }) {
  const { t } = useRecurI18n();
  return <Tag color={topicStatusColor(status)}>{topicStatusLabel(t, status)}</Tag>;
}

/** The deadline, with 已超期 once the lead unit has let it pass. */
export function Deadline({ status, deadline }: { status: string; deadline: string }) {
  const { t } = useRecurI18n();
  return (
    <span>
      {deadline}
      {isOverdue(status, deadline) ? (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t('recur.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}
