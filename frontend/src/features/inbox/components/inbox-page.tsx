import { Card, Grid, Tabs, Tag } from 'antd';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useUrlParams } from '@/lib/url-params';
import { useClaimedTasks } from '../api/get-claimed-tasks';
import { useDoneTasks } from '../api/get-done-tasks';
import { useEscalations } from '../api/get-escalations';
import { useInbox } from '../api/get-inbox';
import { useInboxCounts } from '../api/get-inbox-counts';
import { useInboxI18n, type InboxKey } from '../i18n';
import { activeFilterCount, FILTER_PARAMS, readFilters } from '../utils/inbox-filters';
import { InboxFilterBar } from './inbox-filter-bar';
import { DoneTaskTable, OpenTaskTable } from './task-table';

type Tab = 'todo' | 'claimed' | 'done' | 'escalations';

/**
 * 待办 / 我已签收 / 已办 (and 督办 for the office), each tab with its count under the current filters.
 * Tab, filters and page live in the URL, so a reload or a shared link shows the same list.
 */
export function InboxPage() {
  const { t } = useInboxI18n();
  const { data: user } = useUser();
  const { params, update, paging } = useUrlParams();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const isOffice = hasRole(user?.roles, 'OFFICE');
  const requested = params.get('tab');
  const tab: Tab =
    requested === 'done' || requested === 'claimed'
      ? requested
      : requested === 'escalations' && isOffice
        ? 'escalations'
        : 'todo';
  const filters = readFilters(params);
  const list = { page: paging.page, size: paging.size, ...filters };

  const todo = useInbox(list, tab === 'todo');
  const claimed = useClaimedTasks(list, tab === 'claimed');
  const done = useDoneTasks(list, tab === 'done');
  const escalations = useEscalations(list, tab === 'escalations');
  const counts = useInboxCounts(filters).data;

  const filtered = activeFilterCount(filters) > 0;
  const empty = (key: InboxKey) => (filtered ? t('inbox.emptyFiltered') : t(key));
  const label = (key: InboxKey, count: number | null | undefined): ReactNode =>
    count === null || count === undefined ? (
      t(key)
    ) : (
      <span>
        {t(key)}
        <Tag
          variant="filled"
          color={count > 0 ? 'processing' : 'default'}
          style={{ marginInlineStart: 6, marginInlineEnd: 0 }}
        >
          {count}
        </Tag>
      </span>
    );
  const open = (query: typeof todo, emptyKey: InboxKey, actions: boolean) => (
    <OpenTaskTable
      query={query}
      paging={paging}
      emptyText={empty(emptyKey)}
      username={actions ? (user?.username ?? '') : undefined}
      phone={phone}
    />
  );

  const items = [
    { key: 'todo', label: label('inbox.todo', counts?.todo), children: open(todo, 'inbox.emptyTodo', true) },
    {
      key: 'claimed',
      label: label('inbox.claimed', counts?.claimed),
      children: open(claimed, 'inbox.emptyClaimed', true),
    },
    {
      key: 'done',
      label: label('inbox.done', counts?.done),
      children: <DoneTaskTable query={done} paging={paging} emptyText={empty('inbox.emptyDone')} />,
    },
  ];
  if (isOffice) {
    items.push({
      key: 'escalations',
      label: label('inbox.escalations', counts?.escalations),
      children: open(escalations, 'inbox.emptyEscalations', false),
    });
  }

  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <Card className="table-card">
        <InboxFilterBar
          filters={filters}
          onChange={update}
          onReset={() => update(Object.fromEntries(FILTER_PARAMS.map((p) => [p, null])))}
          dueAndOrder={tab !== 'done'}
          phone={phone}
        />
        <Tabs
          activeKey={tab}
          items={items}
          destroyOnHidden
          onChange={(key) => update({ tab: key === 'todo' ? null : key })}
        />
      </Card>
    </>
  );
}
