import { Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PagedTable, type PagedQuery } from '@/components/ui/paged-table';
import { formatDateTime } from '@/lib/format';
import { stepLabel } from '@/lib/steps';
import { useInboxI18n } from '../i18n';
import type { DoneTask, InboxTask } from '../types';
import { taskHref, taskTitle } from '../utils/task-href';
import { DueCell } from './due-tag';
import { TaskActions } from './task-actions';

type Paging = { page: number; size: number; onPageChange: (page: number, size: number) => void };

/**
 * The unit a task concerns, and for a clue's per-unit step also the unit reported: in a dual
 * assignment the two parallel tasks of one clue differ only by the unit they were assigned to.
 */
function UnitCell({ task }: { task: InboxTask }) {
  const { t } = useInboxI18n();
  const unit = task.unitName ?? task.orgName;
  const reported = task.unitName && task.orgName && task.orgName !== task.unitName ? task.orgName : null;
  return (
    <>
      {unit ?? ''}
      {reported ? (
        <div>
          <Typography.Text type="secondary">{t('inbox.reportedUnit', { name: reported })}</Typography.Text>
        </div>
      ) : null}
    </>
  );
}

export function OpenTaskTable({
  query,
  paging,
  emptyText,
  username,
  phone = false,
  selection,
}: {
  query: PagedQuery<InboxTask>;
  paging: Paging;
  emptyText: string;
  /** The user, to offer 签收/取消签收; without it (督办) the table has no actions. */
  username?: string;
  phone?: boolean;
  /** Check boxes on the rows {@code selectable} allows (批量通过/批量审批). */
  selection?: {
    selected: string[];
    selectable: (task: InboxTask) => boolean;
    onChange: (tasks: InboxTask[]) => void;
  };
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
    { title: t('inbox.col.org'), dataIndex: 'unitName', render: (_v, r) => <UnitCell task={r} /> },
    {
      title: t('inbox.col.created'),
      dataIndex: 'created',
      responsive: ['md'],
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('inbox.col.due'),
      dataIndex: 'due',
      render: (_v, r) => <DueCell due={r.due} overdue={r.overdue} dueSoon={r.dueSoon} />,
    },
    {
      title: t('inbox.col.assignee'),
      dataIndex: 'assigneeName',
      responsive: ['md'],
      render: (_v, r) => (r.assignee ? (r.assigneeName ?? r.assignee) : <Tag>{t('inbox.unclaimed')}</Tag>),
    },
  ];
  if (username !== undefined) {
    columns.push({
      title: t('inbox.col.actions'),
      key: 'actions',
      render: (_v, r) => <TaskActions task={r} username={username} />,
    });
  }
  return (
    <PagedTable<InboxTask>
      query={query}
      columns={columns}
      rowKey="taskId"
      {...paging}
      emptyText={emptyText}
      scrollX={phone ? 560 : 900}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.selected,
              onChange: (_keys, rows) => selection.onChange(rows),
              getCheckboxProps: (r) => ({ disabled: !selection.selectable(r), 'aria-label': r.title }),
            }
          : undefined
      }
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
