import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { Notification } from '../../types';
import { NotificationBell } from '../notification-bell';

const unreadOne: Notification = {
  id: 11,
  kind: 'TASK_ASSIGNED',
  subjectType: 'APPLICATION',
  subjectKey: '12',
  title: '新的待办：村级防汛物资储备点建设',
  link: '/applications/12',
  params: null,
  createdAt: '2026-11-23T09:00:00+08:00',
  readAt: null,
};
const readOne: Notification = {
  ...unreadOne,
  id: 10,
  kind: 'WARNING_RAISED',
  title: '新的预警：东关社区负担超出承载力',
  link: '/warnings',
  readAt: '2026-11-23T08:00:00+08:00',
};

function Where() {
  const location = useLocation();
  return <div data-testid="where">{location.pathname}</div>;
}

function setup(language: 'zh' | 'en' = 'zh') {
  let unread = 3;
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/notifications/unread-count': () => jsonResponse({ unread }),
    'GET /api/notifications': { items: [unreadOne, readOne], total: 2, page: 1, size: 10 },
    'POST /api/notifications/11/read': () => {
      unread = 2;
      return jsonResponse({ unread });
    },
    'POST /api/notifications/read-all': () => {
      unread = 0;
      return jsonResponse({ unread });
    },
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const page = (
    <>
      <NotificationBell />
      <Where />
    </>
  );
  const utils = renderRoutes(
    [
      { path: '/inbox', element: page },
      { path: '/applications/:id', element: page },
    ],
    '/inbox',
    { language },
  );
  return { ...utils, calls };
}

describe('NotificationBell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the unread count and asks again every minute while the tab is visible', async () => {
    const { queryClient } = setup();
    expect(await screen.findByRole('button', { name: '消息，3条未读' })).toBeTruthy();
    const query = queryClient.getQueryCache().find({ queryKey: ['notifications', 'unread'] });
    const options = query?.options as { refetchInterval?: number; refetchIntervalInBackground?: boolean };
    expect(options.refetchInterval).toBe(60_000);
    expect(options.refetchIntervalInBackground).toBe(false);
  });

  it('lists the latest ten, unread in bold; a click marks it read and opens its page', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: '消息，3条未读' }));
    const list = await screen.findByRole('list', { name: '最新消息' });
    const unread = within(list).getByRole('button', { name: /村级防汛物资储备点建设/ });
    expect(unread.className).toContain('notification-unread');
    expect(within(list).getByRole('button', { name: /东关社区/ }).className).not.toContain('notification-unread');
    expect(calls.some((c) => c.url === '/api/notifications?unreadOnly=false&page=1&size=10')).toBe(true);

    fireEvent.click(unread);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/applications/12'));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url === '/api/notifications/11/read')).toBe(true),
    );
    expect(await screen.findByRole('button', { name: '消息，2条未读' })).toBeTruthy();
  });

  it('marks everything read', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: '消息，3条未读' }));
    fireEvent.click(await screen.findByRole('button', { name: '全部已读' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url === '/api/notifications/read-all')).toBe(true),
    );
    expect(await screen.findByRole('button', { name: '消息，0条未读' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看全部' }).getAttribute('href')).toBe('/notifications');
  });

  it('puts the kind’s English label before the Chinese title', async () => {
    setup('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications, 3 unread' }));
    expect(await screen.findByText('New task: 新的待办：村级防汛物资储备点建设')).toBeTruthy();
  });
});
