import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../router';
import { mockFetch, renderRoutes } from '@/testing/test-utils';

const me = (roles: string[]) => ({
  username: 'u1',
  displayName: '王五',
  orgId: 3,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles,
});

const failed = {
  id: 4,
  notificationId: 11,
  channel: 'EMAIL',
  address: 'wang@example.cn',
  status: 'FAILED',
  attempts: 6,
  nextAttemptAt: null,
  lastError: '550 mailbox unavailable',
  sentAt: null,
  title: '新的待办：村级防汛物资储备点建设',
  kind: 'TASK_ASSIGNED',
  link: '/applications/12',
  createdAt: '2026-11-23T09:00:00+08:00',
};

function setup(roles: string[]) {
  const { fn, calls } = mockFetch({
    'GET /api/auth/me': me(roles),
    'GET /api/inbox': { items: [], total: 0, page: 1, size: 1 },
    'GET /api/notifications/unread-count': { unread: 0 },
    'GET /api/notifications/deliveries': { items: [failed], total: 1, page: 1, size: 20 },
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes(routes, '/admin/deliveries');
  return calls;
}

describe('DeliveriesPage (/admin/deliveries)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the failed deliveries first, with the last error and the attempts, for an administrator', async () => {
    const calls = setup(['ADMIN']);
    expect(await screen.findByRole('heading', { name: '消息发送记录', level: 1 })).toBeTruthy();
    const row = (await screen.findByText('550 mailbox unavailable')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('wang@example.cn');
    expect(row.textContent).toContain('发送失败');
    expect(row.textContent).toContain('6');
    expect(calls.some((c) => c.url === '/api/notifications/deliveries?status=FAILED&page=1&size=20')).toBe(true);
    expect(screen.getByRole('link', { name: '消息发送记录' })).toBeTruthy();
  });

  it('is neither in the menu nor asked for when the user is not an administrator', async () => {
    const calls = setup(['APPLICANT']);
    expect(await screen.findByText('没有权限访问此页面')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: '智能预警' })).toBeTruthy());
    expect(screen.queryByRole('link', { name: '消息发送记录' })).toBeNull();
    expect(calls.some((c) => c.url.startsWith('/api/notifications/deliveries'))).toBe(false);
  });
});
