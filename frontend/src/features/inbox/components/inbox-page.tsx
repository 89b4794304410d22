import { Button, Card, Flex, Grid, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useUrlParams } from '@/lib/url-params';
import { useClaimedTasks } from '../api/get-claimed-tasks';
import { useCopies } from '../api/get-copies';
import { useDoneTasks } from '../api/get-done-tasks';
import { useEscalations } from '../api/get-escalations';
import { useInbox } from '../api/get-inbox';
import { useInboxCounts } from '../api/get-inbox-counts';
import { useInboxI18n, type InboxKey } from '../i18n';
import { activeFilterCount, FILTER_PARAMS, readFilters } from '../utils/inbox-filters';
import type { BatchDecision } from '../api/batch-decide';
import type { InboxTask } from '../types';
import { BatchDecisionModal } from './batch-decision-modal';
import { CopiedTable } from './copied-table';
import { InboxFilterBar } from './inbox-filter-bar';
import { DoneTaskTable, OpenTaskTable } from './task-table';

type Tab = 'todo' | 'claimed' | 'done' | 'copied' | 'escalations';

/**
 * 待办 / 我已签收 / 已办 / 抄送我的 (and 督办 for the office), each task tab with its count under the
 * current filters (抄送我的 lists cases, not tasks: the filters do not apply to it).
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
    requested === 'done' || requested === 'claimed' || requested === 'copied'
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
  const copies = useCopies({ page: paging.page, size: paging.size }, tab === 'copied');
  const counts = useInboxCounts(filters).data;

  const canPass = hasRole(user?.roles, 'REVIEWER');
  const canApprove = hasRole(user?.roles, 'APPROVER');
  const [selected, setSelected] = useState<InboxTask[]>([]);
  const [batch, setBatch] = useState<BatchDecision | null>(null);
  const batchKind = (task: InboxTask): BatchDecision | null =>
    task.processKey !== 'admission' || (task.assignee && task.assignee !== user?.username)
      ? null
      : task.taskKey === 'Task_Review' && canPass
        ? 'PASS'
        : task.taskKey === 'Task_Approve' && canApprove
          ? 'APPROVE'
          : null;
  const toPass = selected.filter((x) => batchKind(x) === 'PASS');
  const toApprove = selected.filter((x) => batchKind(x) === 'APPROVE');
  const batching = canPass || canApprove;

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
      selection={
        actions && batching
          ? { selected: selected.map((x) => x.taskId), selectable: (x) => !!batchKind(x), onChange: setSelected }
          : undefined
      }
    />
  );
  const batchBar =
    batching && (tab === 'todo' || tab === 'claimed') ? (
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        {canPass ? (
          <Button disabled={!toPass.length} onClick={() => setBatch('PASS')}>
            {t('batch.pass', { count: toPass.length })}
          </Button>
        ) : null}
        {canApprove ? (
          <Button disabled={!toApprove.length} onClick={() => setBatch('APPROVE')}>
            {t('batch.approve', { count: toApprove.length })}
          </Button>
        ) : null}
        {selected.length ? null : <Typography.Text type="secondary">{t('batch.selectHint')}</Typography.Text>}
      </Flex>
    ) : null;

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
    {
      key: 'copied',
      label: label('inbox.copied', undefined),
      children: <CopiedTable query={copies} paging={paging} phone={phone} />,
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
        {tab === 'copied' ? null : (
          <InboxFilterBar
            filters={filters}
            onChange={update}
            onReset={() => update(Object.fromEntries(FILTER_PARAMS.map((p) => [p, null])))}
            dueAndOrder={tab !== 'done'}
            phone={phone}
          />
        )}
        {batchBar}
        <Tabs
          activeKey={tab}
          items={items}
          destroyOnHidden
          onChange={(key) => {
            setSelected([]);
            update({ tab: key === 'todo' ? null : key });
          }}
        />
      </Card>
      <BatchDecisionModal
        decision={batch}
        tasks={batch === 'APPROVE' ? toApprove : toPass}
        onClose={(decided) => {
          setBatch(null);
          if (decided) setSelected([]);
        }}
      />
    </>
  );
}
