import { Empty, Timeline, Typography } from 'antd';
import { auditActionLabel, type AuditEntry } from '@/lib/audit';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

export type AuditTimelineProps = {
  history: AuditEntry[];
  /** Colour of an entry's dot (each chain colours its own actions). */
  color: (entry: AuditEntry) => string;
  /** Label of an entry's decision; without it decisions are not shown. */
  decisionLabel?: (entry: AuditEntry) => string;
  /** Label of an entry's action, for a chain with actions of its own; the shared labels by default. */
  actionLabel?: (entry: AuditEntry) => string;
};

/** A case's trail (履历): who did what, when, with which comment. */
export function AuditTimeline({ history, color, decisionLabel, actionLabel }: AuditTimelineProps) {
  const { t } = useI18n();
  if (!history?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.historyEmpty')} />;
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        color: color(h),
        content: (
          <div className="history-entry">
            <Typography.Text strong>{actionLabel ? actionLabel(h) : auditActionLabel(t, h)}</Typography.Text>
            {decisionLabel && h.decision ? <Typography.Text> · {decisionLabel(h)}</Typography.Text> : null}
            <div>
              <Typography.Text type="secondary">
                {h.actorName || h.actorUsername || ''} {formatDateTime(h.at)}
              </Typography.Text>
            </div>
            {h.comment ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {h.comment}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
