import { Card, Tabs } from 'antd';
import { PageHeader } from '@/components/ui/page-header';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useInboxI18n } from '../i18n';
import { useUrlParams } from '@/lib/url-params';
import { useDoneTasks } from '../api/get-done-tasks';
import { useEscalations } from '../api/get-escalations';
import { useInbox } from '../api/get-inbox';
import { DoneTaskTable, OpenTaskTable } from './task-table';

type Tab = 'todo' | 'done' | 'escalations';

export function InboxPage() {
  const { t } = useInboxI18n();
  const { data: user } = useUser();
  const { params, setParams, paging } = useUrlParams();
  const isOffice = hasRole(user?.roles, 'OFFICE');
  const requested = params.get('tab');
  const tab: Tab = requested === 'done' ? 'done' : requested === 'escalations' && isOffice ? 'escalations' : 'todo';
  const { page, size } = paging;

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
