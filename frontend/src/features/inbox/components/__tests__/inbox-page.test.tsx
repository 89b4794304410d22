import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/lib/i18n';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { InboxPage } from '../inbox-page';

const user = (roles: string[], username = 'u') => ({
  username,
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
  unitId: 7,
  unitName: '县应急管理局',
  created: '2026-03-01T09:00:00+08:00',
  due: '2026-03-08T09:00:00+08:00',
  overdue: false,
  dueSoon: false,
  assignee: null,
  assigneeName: null,
  groupTask: true,
  escalated: false,
  ...over,
});

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, size: 20 });

const chains = [
  {
    key: 'admission',
    name: '村(社区)工作事务准入',
    steps: [
      { key: 'Task_Review', name: '社会工作部审核' },
      { key: 'Task_Revise', name: '部门修改申请' },
      { key: 'Task_Approve', name: '县委县政府审批' },
    ],
  },
  {
    key: 'clue',
    name: '问题线索办理',
    steps: [
      { key: 'Task_Triage', name: '快速分办' },
      { key: 'Task_Verify', name: '联合核查' },
    ],
  },
];

const orgs = [
  { id: 7, code: 'YJ', name: '县应急管理局', type: 'COUNTY_DEPT', parentId: null },
  { id: 31, code: 'DG', name: '东关社区', type: 'VILLAGE', parentId: 30 },
];

/** antd asks matchMedia for its breakpoints: a screen this wide. */
function viewport(width: number) {
  vi.stubGlobal('innerWidth', width);
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  });
}

type Options = { path?: string; roles?: string[]; width?: number; language?: Language };

function setup(
  routes: Record<string, unknown>,
  { path = '/inbox', roles = ['REVIEWER'], width = 1280, language = 'zh' }: Options = {},
) {
  viewport(width);
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': user(roles),
    'GET /api/inbox/filters': chains,
    'GET /api/orgs': orgs,
    'GET /api/inbox/counts': { todo: 3, claimed: 1, done: 12, escalations: roles.includes('OFFICE') ? 2 : null },
    'GET /api/inbox': page([]),
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes([{ path: '/inbox', element: <InboxPage /> }], path, { language });
  return { ...utils, calls };
}

const gets = (calls: { method: string; url: string }[], path: string) =>
  calls.filter((c) => c.method === 'GET' && c.url.split('?')[0] === path).map((c) => c.url);

/** Opens a select and clicks an option, once its options have arrived. */
async function pick(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === option);
    expect(found, `option ${option}`).toBeTruthy();
    return found as Element;
  });
  fireEvent.click(item);
}

describe('InboxPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists open tasks with deadline tags and links to the application', async () => {
    setup({
      'GET /api/inbox': page([
        task({}),
        task({ taskId: 't2', overdue: true, assignee: 'lisi', assigneeName: '李四' }),
        task({ taskId: 't3', dueSoon: true }),
      ]),
    });

    expect(await screen.findByText('已超期')).toBeTruthy();
    expect(screen.getByText('即将到期')).toBeTruthy();
    expect(screen.getAllByText('待签收')).toHaveLength(2);
    // people's names, never their user names
    expect(screen.getByText('李四')).toBeTruthy();
    expect(screen.queryByText('lisi')).toBeNull();
    const links = screen.getAllByRole('link', { name: '村级防汛物资储备' });
    expect(links[0].getAttribute('href')).toBe('/applications/42');
    for (const header of ['事项', '环节', '单位', '到达时间', '办理期限', '处理人', '操作']) {
      expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(screen.queryByRole('tab', { name: /督办/ })).toBeNull();
  });

  it('links clue tasks to the clue page and names the unit each parallel task was assigned to', async () => {
    setup(
      {
        'GET /api/inbox': page([
          task({}),
          ...[
            ['v1', 31, '东关社区'],
            ['v2', 7, '县民政局'],
          ].map(([taskId, unitId, unitName]) =>
            task({
              taskId,
              taskKey: 'Task_Verify',
              taskName: '联合核查',
              processKey: 'clue',
              businessId: 9,
              title: 'XS-2026-0009 指尖上的形式主义',
              orgName: '县教育局',
              unitId,
              unitName,
            }),
          ),
        ]),
      },
      { roles: ['VERIFIER'] },
    );
    const clueLinks = await screen.findAllByRole('link', { name: 'XS-2026-0009 指尖上的形式主义' });
    expect(clueLinks[0].getAttribute('href')).toBe('/clues/9');
    expect(screen.getByRole('link', { name: '村级防汛物资储备' }).getAttribute('href')).toBe('/applications/42');
    const rows = clueLinks.map((l) => l.closest('tr') as HTMLElement);
    expect(rows[0].textContent).toContain('东关社区');
    expect(rows[1].textContent).toContain('县民政局');
    for (const row of rows) expect(row.textContent).toContain('被反映：县教育局');
    // an application's unit is its applicant, said once
    const application = screen.getByRole('link', { name: '村级防汛物资储备' }).closest('tr') as HTMLElement;
    expect(application.textContent).not.toContain('被反映');
  });

  it('shows each tab with its count and the empty state, and the 督办 tab for the office', async () => {
    setup({}, { roles: ['OFFICE'] });
    const empty = await screen.findAllByText('暂无待办事项');
    expect(empty.length).toBeGreaterThan(0);
    const tabs = screen.getByRole('tablist');
    expect(await within(tabs).findByRole('tab', { name: '待办 3' })).toBeTruthy();
    expect(within(tabs).getByRole('tab', { name: '我已签收 1' })).toBeTruthy();
    expect(within(tabs).getByRole('tab', { name: '已办 12' })).toBeTruthy();
    expect(within(tabs).getByRole('tab', { name: '督办 2' })).toBeTruthy();
  });

  it('lists what was copied to the user under 抄送我的, without the task filters', async () => {
    const { calls } = setup(
      {
        'GET /api/copies': page([
          {
            chain: 'clue',
            id: 9,
            title: 'XS-2026-0009 指尖上的形式主义',
            orgName: '县应急管理局',
            copiedByName: '张𠀀',
            copiedAt: '2026-03-02T10:00:00+08:00',
          },
        ]),
      },
      { path: '/inbox?tab=copied' },
    );
    const link = await screen.findByRole('link', { name: 'XS-2026-0009 指尖上的形式主义' });
    expect(link.getAttribute('href')).toBe('/clues/9');
    expect(screen.getByText('张𠀀')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: '流程' })).toBeNull();
    expect(gets(calls, '/api/copies')[0]).toContain('page=1');
    expect(gets(calls, '/api/inbox')).toHaveLength(0);
  });

  it('says so when nothing was copied to the user', async () => {
    setup({ 'GET /api/copies': page([]) }, { path: '/inbox?tab=copied' });
    expect((await screen.findAllByText('暂无抄送给您或本单位的事项')).length).toBeGreaterThan(0);
  });

  it('sends the filters in the URL to the list and the counts, and keeps them when the tab changes', async () => {
    const { calls, router } = setup(
      { 'GET /api/inbox/claimed': page([task({ assignee: 'u' })]) },
      { path: '/inbox?chain=clue&step=Task_Verify&due=DUE_SOON&dueDays=7&unitId=31&sort=DUE&page=2' },
    );
    await waitFor(() => expect(gets(calls, '/api/inbox')).toHaveLength(1));
    expect(gets(calls, '/api/inbox')[0]).toBe(
      '/api/inbox?page=2&size=20&chain=clue&step=Task_Verify&due=DUE_SOON&dueDays=7&unitId=31&sort=DUE',
    );
    await waitFor(() =>
      expect(gets(calls, '/api/inbox/counts')).toContain(
        '/api/inbox/counts?chain=clue&step=Task_Verify&due=DUE_SOON&dueDays=7&unitId=31',
      ),
    );
    // the controls show what the URL says
    await waitFor(() => expect(screen.getByTitle('联合核查')).toBeTruthy());
    expect(screen.getByTitle('问题线索')).toBeTruthy();
    expect(screen.getByTitle('7天内到期')).toBeTruthy();
    expect(screen.getByTitle('东关社区')).toBeTruthy();
    expect(screen.getByTitle('办理期限（早→晚）')).toBeTruthy();
    expect(await screen.findByText('没有符合筛选条件的任务')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: /我已签收/ }));
    await waitFor(() => expect(gets(calls, '/api/inbox/claimed')).toHaveLength(1));
    expect(gets(calls, '/api/inbox/claimed')[0]).toBe(
      '/api/inbox/claimed?page=1&size=20&chain=clue&step=Task_Verify&due=DUE_SOON&dueDays=7&unitId=31&sort=DUE',
    );
    expect(new URLSearchParams(router.state.location.search).get('tab')).toBe('claimed');

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=claimed'));
  });

  it('writes a chosen filter to the URL: a step also sets its process, another process clears the step', async () => {
    const { router, calls } = setup({});
    await screen.findAllByText('暂无待办事项');
    await pick('环节', '联合核查');
    await waitFor(() => expect(router.state.location.search).toBe('?chain=clue&step=Task_Verify'));
    await pick('流程', '准入申请');
    await waitFor(() => expect(router.state.location.search).toBe('?chain=admission'));
    await pick('期限', '已超期');
    await waitFor(() => expect(router.state.location.search).toBe('?chain=admission&due=OVERDUE'));
    await pick('单位', '县应急管理局');
    await waitFor(() => expect(router.state.location.search).toBe('?chain=admission&due=OVERDUE&unitId=7'));
    await waitFor(() =>
      expect(gets(calls, '/api/inbox')).toContain('/api/inbox?page=1&size=20&chain=admission&due=OVERDUE&unitId=7'),
    );
  });

  it('claims a free task and hands back one the user holds, saying why when the server refuses', async () => {
    const posts: string[] = [];
    setup({
      'GET /api/inbox': page([
        task({}),
        task({ taskId: 't2', title: '已签收事项', assignee: 'u' }),
        task({ taskId: 't3', title: '他人事项', assignee: 'lisi' }),
        task({ taskId: 't4', title: '修改申请', assignee: 'u', groupTask: false }),
      ]),
      'POST /api/inbox/tasks/t1/claim': (url: URL) => {
        posts.push(url.pathname);
        return jsonResponse({ status: 409, message: '该任务已由其他人签收，请刷新后查看' }, 409);
      },
      'POST /api/inbox/tasks/t2/unclaim': (url: URL) => {
        posts.push(url.pathname);
        return new Response(null, { status: 204 });
      },
    });
    const free = (await screen.findByRole('link', { name: '村级防汛物资储备' })).closest('tr') as HTMLElement;
    const mine = screen.getByRole('link', { name: '已签收事项' }).closest('tr') as HTMLElement;
    for (const name of ['他人事项', '修改申请']) {
      const row = screen.getByRole('link', { name }).closest('tr') as HTMLElement;
      expect(within(row).queryByRole('button'), name).toBeNull();
    }

    fireEvent.click(within(free).getByRole('button', { name: '签收' }));
    expect(await screen.findByText('该任务已由其他人签收，请刷新后查看')).toBeTruthy();

    fireEvent.click(within(mine).getByRole('button', { name: '取消签收' }));
    fireEvent.click(await screen.findByRole('button', { name: '确定' }));
    expect(await screen.findByText('已取消签收，任务已退回待办')).toBeTruthy();
    expect(posts).toEqual(['/api/inbox/tasks/t1/claim', '/api/inbox/tasks/t2/unclaim']);
  });

  it('folds the filters behind a button on a 360 px phone and keeps the essential columns', async () => {
    setup(
      { 'GET /api/inbox': page([task({ assignee: 'lisi' })]) },
      { path: '/inbox?chain=admission&due=OVERDUE', width: 360 },
    );
    await screen.findByRole('link', { name: '村级防汛物资储备' });
    expect(screen.queryByRole('combobox', { name: '流程' })).toBeNull();
    const toggle = screen.getByRole('button', { name: /筛选（2）/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('combobox', { name: '流程' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '单位' })).toBeTruthy();
    for (const header of ['事项', '环节', '单位', '办理期限']) {
      expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(screen.queryByRole('columnheader', { name: '到达时间' })).toBeNull();
    expect(screen.queryByText('lisi')).toBeNull();
  });

  it('speaks English, and the done list has no deadline or order filters', async () => {
    setup(
      {
        'GET /api/inbox/done': page([
          {
            taskId: 'd1',
            taskKey: 'Task_Review',
            taskName: '社会工作部审核',
            processKey: 'admission',
            businessId: 42,
            title: '村级防汛物资储备',
            completedAt: '2026-03-02T09:00:00+08:00',
          },
        ]),
      },
      { path: '/inbox?tab=done', language: 'en' },
    );
    expect(await screen.findByRole('link', { name: '村级防汛物资储备' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Claimed by me 1' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Review (social work department)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Process' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Deadline' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Order' })).toBeNull();
  });
});
