import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { InboxPage } from '../inbox-page';

const task = (over: Record<string, unknown>) => ({
  taskId: 't1',
  taskKey: 'Task_Review',
  taskName: '社会工作部审核',
  processKey: 'admission',
  businessId: 42,
  title: '村级防汛物资储备',
  orgName: '县应急管理局',
  unitId: 7,
  unitName: '县应急管理局',
  created: '2026-03-01T09:00:00+08:00',
  due: null,
  overdue: false,
  dueSoon: false,
  assignee: null,
  assigneeName: null,
  groupTask: true,
  escalated: false,
  ...over,
});

const tasks = [
  task({}),
  task({ taskId: 't2', businessId: 43, title: '村级消防巡查𠀀😀' }),
  task({ taskId: 'c1', taskKey: 'Task_Triage', processKey: 'clue', businessId: 9, title: 'XS-2026-0009 文山会海' }),
];

function setup(roles: string[]) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: !/max-width/.test(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }));
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': { username: 'u', displayName: '用户', orgId: 1, orgName: '社工部', orgType: 'X', roles },
    'GET /api/inbox/filters': [],
    'GET /api/orgs': [],
    'GET /api/inbox/counts': { todo: 3, claimed: 0, done: 0, escalations: null },
    'GET /api/inbox': { items: tasks, total: 3, page: 1, size: 20 },
    'GET /api/me/phrases': [{ id: 1, text: '同意，符合准入条件。' }],
    'POST /api/admission/tasks/batch': {
      results: [
        { taskId: 't1', ok: true, applicationId: 42, itemName: '村级防汛物资储备', reason: null },
        { taskId: 't2', ok: false, applicationId: null, itemName: null, reason: '待办任务不存在或已办结' },
      ],
    },
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/inbox', element: <InboxPage /> }], '/inbox');
  return calls;
}

const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest('tr') as HTMLElement;

describe('批量通过', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('decides the selected review tasks with one comment and shows each result', async () => {
    const calls = setup(['REVIEWER']);
    await screen.findByRole('link', { name: '村级防汛物资储备' });
    const button = screen.getByRole('button', { name: '批量通过（0）' });
    expect(button).toHaveProperty('disabled', true);
    expect(within(rowOf('XS-2026-0009 文山会海')).getByRole('checkbox')).toHaveProperty('disabled', true);

    fireEvent.click(within(rowOf('村级防汛物资储备')).getByRole('checkbox'));
    fireEvent.click(within(rowOf('村级消防巡查𠀀😀')).getByRole('checkbox'));
    fireEvent.click(await screen.findByRole('button', { name: '批量通过（2）' }));

    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '常用意见' }));
    fireEvent.click(await screen.findByText('同意，符合准入条件。'));
    await waitFor(() =>
      expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox').value).toBe('同意，符合准入条件。'),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: '确定办理' }));

    expect(await within(dialog).findByText('已办理 1 项，未办理 1 项')).toBeTruthy();
    expect(within(dialog).getByText('待办任务不存在或已办结')).toBeTruthy();
    expect(within(dialog).getByText('村级消防巡查𠀀😀')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/admission/tasks/batch');
    expect(JSON.parse(post?.init?.body as string)).toEqual({
      taskIds: ['t1', 't2'],
      decision: 'PASS',
      comment: '同意，符合准入条件。',
    });
  });

  it('offers no batch to users who neither review nor approve', async () => {
    setup(['VERIFIER']);
    await screen.findByRole('link', { name: '村级防汛物资储备' });
    expect(screen.queryByRole('button', { name: /批量/ })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
