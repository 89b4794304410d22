import { Alert, Card, Col, Descriptions, Empty, Row, Table, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { AuditTimeline } from '@/components/ui/audit-timeline';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { SectionCard } from '@/components/ui/section-card';
import { paths } from '@/config/paths';
import type { AuditEntry } from '@/lib/audit';
import { useUser } from '@/lib/auth';
import { clueCategoryLabel, clueStatusColor, clueStatusLabel, hasRole, TOPIC_MANAGER_ROLES } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useTopic } from '../api/get-topic';
import { useRecurI18n } from '../i18n';
import { TASK_ACCEPT, TASK_RECTIFY, type LinkedClue, type TopicDetail } from '../types';
import { REPORT_COLORS, reportKindLabel, stepLabel, translateHistory } from '../utils/labels';
import { AcceptancePanel, LinkCluePanel, ReportPanel } from './topic-task-panels';
import { Deadline, TopicStatusTag } from './topic-status-tag';

function historyColor(h: AuditEntry): string {
  if (h.action === 'TOPIC_SENT_BACK' || h.action === 'ESCALATED') return 'red';
  if (h.action === 'TOPIC_ACCEPTED' || h.action === 'TOPIC_CLOSED') return 'green';
  return 'blue';
}

/** The open step: the form of whoever may act on it, or who is being waited for. */
function StepCard({ topic }: { topic: TopicDetail }) {
  const { t } = useRecurI18n();
  const { data: user } = useUser();
  if (!topic.taskId || !topic.taskKey) return null;
  const title = stepLabel(t, topic.taskKey);
  if (topic.taskKey === TASK_RECTIFY && user?.orgId === topic.leadOrgId) {
    return (
      <SectionCard title={t('recur.task.report')}>
        <ReportPanel taskId={topic.taskId} />
      </SectionCard>
    );
  }
  if (topic.taskKey === TASK_ACCEPT && hasRole(user?.roles, 'OFFICE')) {
    return (
      <SectionCard title={t('recur.task.accept')}>
        <AcceptancePanel taskId={topic.taskId} />
      </SectionCard>
    );
  }
  const waiting =
    topic.taskKey === TASK_RECTIFY
      ? t('recur.waiting.Task_Rectify', { name: topic.leadOrgName })
      : topic.taskKey === TASK_ACCEPT
        ? t('recur.waiting.Task_Accept')
        : title;
  return (
    <Col span={24}>
      <Alert type="info" showIcon title={waiting} />
    </Col>
  );
}

function CluesTable({ clues }: { clues: LinkedClue[] }) {
  const { t } = useRecurI18n();
  return (
    <Table<LinkedClue>
      size="small"
      rowKey="id"
      dataSource={clues}
      pagination={clues.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 420 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recur.clues.empty')} /> }}
      columns={[
        {
          title: t('recur.col.samples'),
          dataIndex: 'clueNo',
          render: (v: string, c) => <Link to={paths.clueDetail.getHref(c.id)}>{v}</Link>,
        },
        { title: t('clueForm.category'), dataIndex: 'category', render: (v: string) => clueCategoryLabel(t, v) },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (v: string) => <Tag color={clueStatusColor(v)}>{clueStatusLabel(t, v)}</Tag>,
        },
      ]}
    />
  );
}

function Reports({ topic }: { topic: TopicDetail }) {
  const { t } = useRecurI18n();
  if (!topic.reports.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recur.reports.empty')} />;
  return (
    <Timeline
      items={topic.reports.map((r, i) => ({
        key: i,
        color: REPORT_COLORS[r.kind] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>{reportKindLabel(t, r.kind)}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {r.byName} {formatDateTime(r.createdAt)}
              </Typography.Text>
            </div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.text}</Typography.Paragraph>
          </div>
        ),
      }))}
    />
  );
}

/** A special topic: what it is about, the step to act on, its clues, the reports and acceptance, the trail. */
export function TopicDetailPage() {
  const { t } = useRecurI18n();
  const { id = '' } = useParams();
  const { data: user } = useUser();
  const query = useTopic(id);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const topic = query.data;
  const step = stepLabel(t, topic.taskKey);

  return (
    <>
      <PageHeader
        title={topic.title}
        sub={
          <>
            <TopicStatusTag status={topic.status} />
            {step ? t('common.labelled', { label: t('detail.currentStep'), value: step }) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Row gutter={[16, 16]}>
            <StepCard topic={topic} />
            <SectionCard title={t('recur.section.topic')}>
              <Descriptions
                column={{ xs: 1, sm: 1, md: 2 }}
                items={[
                  { key: 'lead', label: t('recur.field.lead'), children: topic.leadOrgName },
                  {
                    key: 'deadline',
                    label: t('recur.field.deadline'),
                    children: <Deadline status={topic.status} deadline={topic.deadline} />,
                  },
                  { key: 'createdAt', label: t('recur.field.createdAt'), children: formatDateTime(topic.createdAt) },
                  ...(topic.closedAt
                    ? [{ key: 'closedAt', label: t('recur.field.closedAt'), children: formatDateTime(topic.closedAt) }]
                    : []),
                  {
                    key: 'description',
                    label: t('recur.field.description'),
                    span: 'filled' as const,
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{topic.description}</span>,
                  },
                ]}
              />
            </SectionCard>
            <SectionCard title={t('recur.section.clues', { count: topic.clues.length })}>
              <CluesTable clues={topic.clues} />
            </SectionCard>
            <SectionCard title={t('recur.section.reports')}>
              <Reports topic={topic} />
            </SectionCard>
          </Row>
        </Col>
        <Col xs={24} xl={8}>
          <Row gutter={[16, 16]}>
            {hasRole(user?.roles, ...TOPIC_MANAGER_ROLES) ? (
              <SectionCard title={t('recur.link.title')}>
                <LinkCluePanel topicId={topic.id} />
              </SectionCard>
            ) : null}
            <Col span={24}>
              <Card title={t('detail.section.history')}>
                <AuditTimeline history={translateHistory(t, topic.history)} color={historyColor} />
              </Card>
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
