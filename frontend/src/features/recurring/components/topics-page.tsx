import { Alert, Button, Card, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { hasRole, TOPIC_MANAGER_ROLES } from '@/lib/enums';
import { useUrlParams } from '@/lib/url-params';
import { useTopics } from '../api/get-topics';
import { useRecurI18n } from '../i18n';
import type { TopicSummary } from '../types';
import { Deadline, TopicStatusTag } from './topic-status-tag';

/** 专项治理: the topics the user may see (a lead unit its own), newest first, paging in the URL. */
export function TopicsPage() {
  const { t } = useRecurI18n();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const { paging } = useUrlParams();
  const query = useTopics({ page: paging.page, size: paging.size });

  const columns: TableColumnsType<TopicSummary> = [
    {
      title: t('recur.col.title'),
      dataIndex: 'title',
      width: 260,
      render: (v: string, r) => <Link to={paths.specialTopicDetail.getHref(r.id)}>{v}</Link>,
    },
    { title: t('recur.col.lead'), dataIndex: 'leadOrgName', width: 160 },
    {
      title: t('recur.col.deadline'),
      dataIndex: 'deadline',
      width: 170,
      render: (v: string, r) => <Deadline status={r.status} deadline={v} />,
    },
    {
      title: t('recur.col.status'),
      dataIndex: 'status',
      width: 110,
      render: (v: string) => <TopicStatusTag status={v} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('recur.topics.title')}
        extra={
          hasRole(user?.roles, ...TOPIC_MANAGER_ROLES) ? (
            <Button onClick={() => void navigate(paths.recurring.getHref())}>{t('recur.topics.fromRecurring')}</Button>
          ) : undefined
        }
      />
      <Alert type="info" showIcon title={t('recur.topics.intro')} style={{ marginBottom: 16 }} />
      <Card className="table-card">
        <PagedTable<TopicSummary>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('recur.topics.empty')}
          scrollX={700}
        />
      </Card>
    </>
  );
}
