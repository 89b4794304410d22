import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useI18n } from '@/lib/i18n';
import { useDoneTasks } from '../api/get-done-tasks';
import { useEscalations } from '../api/get-escalations';
import { useInbox } from '../api/get-inbox';
import { DoneTaskTable, OpenTaskTable } from './task-table';

type Tab = 'todo' | 'done' | 'escalations';
const DEFAULT_SIZE = 20;

export function InboxPage() {
  const { t } = useI18n();
  const { data: user } = useUser();
  const [params, setParams] = useSearchParams();
  const isOffice = hasRole(user?.roles, 'OFFICE');
  const requested = params.get('tab');
  const tab: Tab = requested === 'done' ? 'done' : requested === 'escalations' && isOffice ? 'escalations' : 'todo';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(100, Math.max(1, Number(params.get('size')) || DEFAULT_SIZE));
  const paging = {
    page,
    size,
    onChange: (p: number, s: number) => {
      const next = new URLSearchParams(params);
      next.set('page', String(s !== size ? 1 : p));
      next.set('size', String(s));
      setParams(next);
    },
  };

  const todo = useInbox({ page, size }, tab === 'todo');
  const done = useDoneTasks({ page, size }, tab === 'done');
  const escalations = useEscalations({ page, size }, tab === 'escalations');

  const items = [
    {
      key: 'todo',
      label: t('inbox.todo'),
      children: <OpenTaskTable query={todo} paging={paging} emptyText={t('inbox.emptyTodo')} />,
    },
    {
      key: 'done',
      label: t('inbox.done'),
      children: <DoneTaskTable query={done} paging={paging} emptyText={t('inbox.emptyDone')} />,
    },
  ];
  if (isOffice) {
    items.push({
      key: 'escalations',
      label: t('inbox.escalations'),
      children: <OpenTaskTable query={escalations} paging={paging} emptyText={t('inbox.emptyEscalations')} />,
    });
  }

  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          items={items}
          destroyOnHidden
          onChange={(key) => setParams(key === 'todo' ? {} : { tab: key })}
        />
      </Card>
    </>
  );
}
