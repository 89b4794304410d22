import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import type { Page } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { DoneTask, InboxTask } from '../types';
import { taskHref } from '../utils/task-href';
import { DueCell } from './due-tag';

type Paging = { page: number; size: number; onChange: (page: number, size: number) => void };

type QueryLike<T> = { data?: Page<T>; isPending: boolean; isFetching: boolean; isError: boolean; error: unknown; refetch: () => unknown };


export function OpenTaskTable({ query, paging, emptyText }: { query: QueryLike<InboxTask>; paging: Paging; emptyText: string }) {
  const { t } = useI18n();
  if (query.isError && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<InboxTask> = [
    {
      title: t('inbox.col.title'),
      dataIndex: 'title',
      render: (_v, r) => (
        <>
          <Link to={taskHref(r)}>{r.title}</Link>
          {r.escalated ? (
            <Tag color="volcano" style={{ marginInlineStart: 8 }}>
              {t('inbox.escalated')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: t('inbox.col.taskName'), dataIndex: 'taskName' },
    { title: t('inbox.col.org'), dataIndex: 'orgName', render: (v: string | null) => v ?? '' },
    { title: t('inbox.col.created'), dataIndex: 'created', render: (v: string | null) => formatDateTime(v) },
    {
      title: t('inbox.col.due'),
      dataIndex: 'due',
      render: (_v, r) => <DueCell due={r.due} overdue={r.overdue} dueSoon={r.dueSoon} />,
    },
    {
      title: t('inbox.col.assignee'),
      dataIndex: 'assignee',
      render: (v: string | null) => v || <Tag>{t('inbox.unclaimed')}</Tag>,
    },
  ];
  return (
    <Table<InboxTask>
      rowKey="taskId"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isPending || query.isFetching}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      scroll={{ x: 800 }}
      pagination={{
        current: paging.page,
        pageSize: paging.size,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: paging.onChange,
      }}
    />
  );
}

export function DoneTaskTable({ query, paging, emptyText }: { query: QueryLike<DoneTask>; paging: Paging; emptyText: string }) {
  const { t } = useI18n();
  if (query.isError && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const columns: TableColumnsType<DoneTask> = [
    { title: t('inbox.col.title'), dataIndex: 'title', render: (_v, r) => <Link to={taskHref(r)}>{r.title}</Link> },
    { title: t('inbox.col.taskName'), dataIndex: 'taskName' },
    { title: t('inbox.col.completedAt'), dataIndex: 'completedAt', render: (v: string | null) => formatDateTime(v) },
  ];
  return (
    <Table<DoneTask>
      rowKey="taskId"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isPending || query.isFetching}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      scroll={{ x: 600 }}
      pagination={{
        current: paging.page,
        pageSize: paging.size,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: paging.onChange,
      }}
    />
  );
}
