import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { InboxPage } from '../inbox-page';

const user = (roles: string[]) => ({
  username: 'u',
  displayName: '用户',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles,
});

const task = (over: Record<string, unknown>) => ({
  taskId: 't1',
  taskKey: 'Task_Review',
  taskName: '社会工作部审核',
  processKey: 'admission',
  businessId: 42,
  title: '村级防汛物资储备',
  orgName: '县应急管理局',
  created: '2026-03-01T09:00:00+08:00',
  due: '2026-03-08T09:00:00+08:00',
  overdue: false,
  dueSoon: false,
  assignee: null,
  escalated: false,
  ...over,
});

describe('InboxPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists open tasks with deadline tags and links to the application', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/me': user(['REVIEWER']),
      'GET /api/inbox': {
        items: [
          task({}),
          task({ taskId: 't2', overdue: true, assignee: 'lisi' }),
          task({ taskId: 't3', dueSoon: true }),
        ],
        total: 3,
        page: 1,
        size: 20,
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/inbox', element: <InboxPage /> }], '/inbox');

    expect(await screen.findByText('已超期')).toBeTruthy();
    expect(screen.getByText('即将到期')).toBeTruthy();
    expect(screen.getAllByText('待签收')).toHaveLength(2);
    expect(screen.getByText('lisi')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: '村级防汛物资储备' });
    expect(links[0].getAttribute('href')).toBe('/applications/42');
    for (const header of ['事项', '环节', '单位', '到达时间', '办理期限', '处理人']) {
      expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(screen.queryByRole('tab', { name: '督办' })).toBeNull();
  });

  it('links clue tasks to the clue page and admission tasks to the application', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/me': user(['OFFICE']),
      'GET /api/inbox': {
        items: [
          task({}),
          task({
            taskId: 'c1',
            taskKey: 'Task_Triage',
            taskName: '快速分办',
            processKey: 'clue',
            businessId: 9,
            title: 'XS-2026-0009 指尖上的形式主义',
          }),
        ],
        total: 2,
        page: 1,
        size: 20,
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/inbox', element: <InboxPage /> }], '/inbox');
    const clueLink = await screen.findByRole('link', { name: 'XS-2026-0009 指尖上的形式主义' });
    expect(clueLink.getAttribute('href')).toBe('/clues/9');
    expect(screen.getByRole('link', { name: '村级防汛物资储备' }).getAttribute('href')).toBe('/applications/42');
  });

  it('shows the empty state and the 督办 tab for the office', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/me': user(['OFFICE']),
      'GET /api/inbox': { items: [], total: 0, page: 1, size: 20 },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/inbox', element: <InboxPage /> }], '/inbox');
    const empty = await screen.findAllByText('暂无待办事项');
    expect(empty.length).toBeGreaterThan(0);
    expect(await within(screen.getByRole('tablist')).findByRole('tab', { name: '督办' })).toBeTruthy();
  });
});
