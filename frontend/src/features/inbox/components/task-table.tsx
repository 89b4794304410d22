import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PagedTable, type PagedQuery } from '@/components/ui/paged-table';
import { formatDateTime } from '@/lib/format';
import { stepLabel } from '@/lib/steps';
import { useInboxI18n } from '../i18n';
import type { DoneTask, InboxTask } from '../types';
import { taskHref, taskTitle } from '../utils/task-href';
import { DueCell } from './due-tag';

type Paging = { page: number; size: number; onPageChange: (page: number, size: number) => void };

export function OpenTaskTable({
  query,
  paging,
  emptyText,
}: {
  query: PagedQuery<InboxTask>;
  paging: Paging;
  emptyText: string;
}) {
  const { t } = useInboxI18n();
  const columns: TableColumnsType<InboxTask> = [
    {
      title: t('inbox.col.title'),
      dataIndex: 'title',
      render: (_v, r) => (
        <>
          <Link to={taskHref(r)}>{taskTitle(t, r)}</Link>
          {r.escalated ? (
            <Tag color="volcano" style={{ marginInlineStart: 8 }}>
              {t('inbox.escalated')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('inbox.col.taskName'),
      dataIndex: 'taskName',
      render: (_v, r) => stepLabel(t, r.taskKey, r.taskName),
    },
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
    <PagedTable<InboxTask>
      query={query}
      columns={columns}
      rowKey="taskId"
      {...paging}
      emptyText={emptyText}
      scrollX={800}
    />
  );
}

export function DoneTaskTable({
  query,
  paging,
  emptyText,
}: {
  query: PagedQuery<DoneTask>;
  paging: Paging;
  emptyText: string;
}) {
  const { t } = useInboxI18n();
  const columns: TableColumnsType<DoneTask> = [
    {
      title: t('inbox.col.title'),
      dataIndex: 'title',
      render: (_v, r) => <Link to={taskHref(r)}>{taskTitle(t, r)}</Link>,
    },
    {
      title: t('inbox.col.taskName'),
      dataIndex: 'taskName',
      render: (_v, r) => stepLabel(t, r.taskKey, r.taskName),
    },
    { title: t('inbox.col.completedAt'), dataIndex: 'completedAt', render: (v: string | null) => formatDateTime(v) },
  ];
  return (
    <PagedTable<DoneTask>
      query={query}
      columns={columns}
      rowKey="taskId"
      {...paging}
      emptyText={emptyText}
      scrollX={600}
    />
  );
}
