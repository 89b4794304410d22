import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useNotifications, useUnreadCount } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { useNotificationsI18n } from '../i18n';
import type { Notification } from '../types';
import { notificationHref, notificationTitle } from '../utils/notification-text';

const LATEST = { unreadOnly: false, page: 1, size: 10 };

/** The bell in the staff header: the unread count, and the latest ten in a popover. */
export function NotificationBell() {
  const { t, lang } = useNotificationsI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications(LATEST, open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const count = unread.data?.unread ?? 0;

  const go = (n: Notification) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate(n.id);
    void navigate(notificationHref(n));
  };

  const content = (
    <div className="notification-popover">
      {latest.isPending ? (
        <Flex justify="center" style={{ padding: 16 }}>
          <Spin />
        </Flex>
      ) : latest.data?.items.length ? (
        <ul className="notification-list" aria-label={t('notif.latest')}>
          {latest.data.items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.readAt ? 'notification-item' : 'notification-item notification-unread'}
                onClick={() => go(n)}
              >
                <span className="notification-title">{notificationTitle(t, lang, n)}</span>
                <Typography.Text type="secondary" className="notification-time">
                  {n.readAt ? '' : `${t('notif.unread')} · `}
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notif.none')} />
      )}
      <Flex justify="space-between" align="center" className="notification-popover-footer">
        <Button
          type="link"
          size="small"
          disabled={count === 0}
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
        <Link to={paths.notifications.getHref()} onClick={() => setOpen(false)}>
          {t('notif.viewAll')}
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={t('notif.latest')}
      content={content}
      destroyOnHidden
    >
      <Button type="text" aria-label={t('notif.bellAria', { count })} title={t('notif.bell')}>
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined aria-hidden style={{ fontSize: 18, color: '#fff' }} />
        </Badge>
      </Button>
    </Popover>
  );
}
