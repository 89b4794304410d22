import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PagedTable, type PagedQuery } from '@/components/ui/paged-table';
import { formatDateTime } from '@/lib/format';
import { useInboxI18n } from '../i18n';
import type { CopiedCase } from '../types';
import { taskHref, taskTitle } from '../utils/task-href';

type Paging = { page: number; size: number; onPageChange: (page: number, size: number) => void };

/** 抄送我的: what was copied to the user, by whom and when; each row opens the case (read-only). */
export function CopiedTable({
  query,
  paging,
  phone,
}: {
  query: PagedQuery<CopiedCase>;
  paging: Paging;
  phone: boolean;
}) {
  const { t } = useInboxI18n();
  const columns: TableColumnsType<CopiedCase> = [
    {
      title: t('inbox.col.title'),
      key: 'title',
      render: (_v, r) => {
        const task = { processKey: r.chain, businessId: r.id, title: r.title ?? `#${r.id}` };
        return <Link to={taskHref(task)}>{taskTitle(t, task)}</Link>;
      },
    },
    { title: t('inbox.col.org'), dataIndex: 'orgName', responsive: ['md'] },
    { title: t('inbox.copies.by'), dataIndex: 'copiedByName', width: 120 },
    {
      title: t('inbox.copies.at'),
      dataIndex: 'copiedAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
  ];
  return (
    <PagedTable<CopiedCase>
      query={query}
      columns={columns}
      rowKey={(r) => `${r.chain}:${r.id}`}
      {...paging}
      emptyText={t('inbox.emptyCopies')}
      scrollX={phone ? 320 : 600}
    />
  );
}
