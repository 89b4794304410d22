import { Button, Card, Flex, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useUrlParams } from '@/lib/url-params';
import { useNotifications, useUnreadCount } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { useNotificationsI18n } from '../i18n';
import type { Notification } from '../types';
import { kindLabel, notificationHref, notificationTitle } from '../utils/notification-text';

/** 消息提醒: all the user's notifications, the unread filter and paging in the URL. */
export function NotificationsPage() {
  const { t, lang } = useNotificationsI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const { params, update, paging } = useUrlParams();
  const unreadOnly = params.get('unread') === 'true';
  const query = useNotifications({ unreadOnly, page: paging.page, size: paging.size });
  const unread = useUnreadCount();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    void navigate(notificationHref(n));
  };

  const columns: TableColumnsType<Notification> = [
    {
      title: t('notif.col.title'),
      key: 'title',
      render: (_v, n) => (
        <Button
          type="link"
          className={n.readAt ? 'notification-link' : 'notification-link notification-unread'}
          onClick={() => open(n)}
        >
          {notificationTitle(t, lang, n)}
        </Button>
      ),
    },
    {
      title: t('notif.col.kind'),
      dataIndex: 'kind',
      width: 130,
      responsive: ['md'],
      render: (k: string) => kindLabel(t, k),
    },
    {
      title: t('notif.col.time'),
      dataIndex: 'createdAt',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('notif.col.state'),
      key: 'state',
      width: 110,
      render: (_v, n) =>
        n.readAt ? (
          <Typography.Text type="secondary">{t('notif.read')}</Typography.Text>
        ) : (
          <Button size="small" onClick={() => markRead.mutate(n.id)} aria-label={`${t('notif.markRead')} ${n.title}`}>
            {t('notif.markRead')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('notif.title')}
        extra={
          <>
            <Link to={paths.accountNotifications.getHref()}>{t('notif.settings')}</Link>
            <Button
              disabled={!unread.data?.unread}
              loading={markAll.isPending}
              onClick={() =>
                markAll.mutate(undefined, {
                  onSuccess: () => message.success(t('notif.readAllDone')),
                  onError: () => message.error(t('api.actionFailed')),
                })
              }
            >
              {t('notif.readAll')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
          <Switch
            id="unread-only"
            checked={unreadOnly}
            onChange={(on) => update({ unread: on ? 'true' : null })}
            aria-label={t('notif.unreadOnly')}
          />
          <label htmlFor="unread-only">{t('notif.unreadOnly')}</label>
          {unread.data?.unread ? <Tag color="red">{`${t('notif.unread')} ${unread.data.unread}`}</Tag> : null}
        </Flex>
        <PagedTable<Notification>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={unreadOnly ? t('notif.noneUnread') : t('notif.none')}
          scrollX={320}
        />
      </Card>
    </>
  );
}
