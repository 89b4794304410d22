import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTime, formatHours } from '@/lib/format';
import { useListReviewI18n } from '../i18n';
import { FEEDBACK_VERDICTS, type Feedback, type VerdictCount } from '../types';
import { VERDICT_COLORS, verdictLabel } from '../utils/review-text';

/** 基层意见汇总: every verdict with the units that gave it and their average hours a month (0 when none did). */
export function FeedbackSummary({ counts }: { counts: VerdictCount[] }) {
  const { t } = useListReviewI18n();
  const rows: VerdictCount[] = [
    ...FEEDBACK_VERDICTS.map(
      (verdict) => counts.find((c) => c.verdict === verdict) ?? { verdict, orgs: 0, averageHours: null },
    ),
    // a verdict this UI does not know yet is still counted
    ...counts.filter((c) => !(FEEDBACK_VERDICTS as readonly string[]).includes(c.verdict)),
  ];
  const total = rows.reduce((n, r) => n + r.orgs, 0);
  const columns: TableColumnsType<VerdictCount> = [
    {
      title: t('review.summary.verdict'),
      dataIndex: 'verdict',
      render: (v: string) => <Tag color={VERDICT_COLORS[v] ?? 'default'}>{verdictLabel(t, v)}</Tag>,
    },
    { title: t('review.summary.orgs'), dataIndex: 'orgs', align: 'right' },
    {
      title: t('review.summary.averageHours'),
      dataIndex: 'averageHours',
      align: 'right',
      render: (v: number | null) => (v === null ? t('review.none') : formatHours(v)),
    },
  ];
  return (
    <>
      <Table<VerdictCount>
        rowKey="verdict"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        aria-label={t('review.section.summary')}
      />
      <Typography.Text type="secondary">{t('review.summary.total', { count: total })}</Typography.Text>
    </>
  );
}

/** 各单位反馈: each village's or township's answer (for those who decide). */
export function FeedbackList({ feedback }: { feedback: Feedback[] }) {
  const { t } = useListReviewI18n();
  const columns: TableColumnsType<Feedback> = [
    { title: t('review.feedback.org'), dataIndex: 'orgName', width: 140 },
    {
      title: t('review.summary.verdict'),
      dataIndex: 'verdict',
      width: 110,
      render: (v: string) => <Tag color={VERDICT_COLORS[v] ?? 'default'}>{verdictLabel(t, v)}</Tag>,
    },
    {
      title: t('review.feedback.hoursCol'),
      dataIndex: 'actualHours',
      width: 120,
      align: 'right',
      render: (v: number | null) => (v === null ? t('review.none') : formatHours(v)),
    },
    {
      title: t('review.feedback.commentCol'),
      dataIndex: 'comment',
      width: 260,
      render: (v: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v ?? ''}</span>,
    },
    {
      title: t('review.feedback.at'),
      dataIndex: 'createdAt',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
  ];
  return (
    <Table<Feedback>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={feedback}
      pagination={feedback.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 770 }}
    />
  );
}
