import { Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { AuditEntry } from '../types';

function color(entry: AuditEntry): string {
  if (entry.action === 'CLOSED' || entry.decision === 'ACCEPT' || entry.decision === 'SATISFIED') return 'green';
  if (entry.action === 'NOT_ACCEPTED' || entry.decision === 'UNSATISFIED') return 'red';
  if (entry.decision === 'SEND_BACK' || entry.action === 'ESCALATED' || entry.action === 'REMINDED' || entry.action === 'REOPENED') return 'orange';
  if (entry.action === 'MERGED') return 'gray';
  return 'blue';
}

/** The clue's trail (履历): who did what, when, with which comment. */
export function ClueHistory({ history }: { history: AuditEntry[] }) {
  const { t } = useI18n();
  if (!history?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.historyEmpty')} />;
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        color: color(h),
        content: (
          <div className="history-entry">
            <Typography.Text strong>{h.actionLabel || h.action}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {h.actorName || h.actorUsername || ''} {formatDateTime(h.at)}
              </Typography.Text>
            </div>
            {h.comment ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{h.comment}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
