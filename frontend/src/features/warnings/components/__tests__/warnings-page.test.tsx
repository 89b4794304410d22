import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { Warning } from '../../types';
import { WarningsPage } from '../warnings-page';

const office = {
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};

const base = {
  orgId: 9,
  status: 'OPEN',
  firstSeen: '2026-11-20T09:00:00+08:00',
  lastSeen: '2026-11-23T09:10:00+08:00',
  acknowledgedName: null,
  acknowledgedNote: null,
  acknowledgedAt: null,
  resolvedAt: null,
};

const village: Warning = {
  ...base,
  id: 1,
  rule: 'VILLAGE_OVER_CAPACITY',
  ruleLabel: '村(社区)负担超出承载力',
  severity: 'SERIOUS',
  subjectType: 'VILLAGE',
  subjectKey: '9',
  subjectName: '东关社区',
  params: { hours: '52.5', capacity: '40', items: '12', township: '城关镇' },
};
const task: Warning = {
  ...base,
  id: 2,
  rule: 'STEP_OVERDUE',
  ruleLabel: '办理环节已超期',
  severity: 'SERIOUS',
  subjectType: 'TASK',
  subjectKey: 'task-1',
  subjectName: '联合核查',
  orgId: null,
  params: { process: 'clue', businessKey: '5', dueAt: '2026-11-22T17:00' },
};
const org: Warning = {
  ...base,
  id: 3,
  rule: 'REPEATED_SUBSTANTIATED',
  ruleLabel: '同一单位问题反复属实',
  severity: 'WARNING',
  subjectType: 'ORG',
  subjectKey: '7',
  subjectName: '县教育局',
  params: { clues: '3', days: '180' },
};

function setup(routes: Record<string, unknown> = {}, language: 'zh' | 'en' = 'zh', path = '/warnings') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': office,
    'GET /api/warnings': { items: [village, task, org], total: 3, page: 1, size: 20 },
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes([{ path: '/warnings', element: <WarningsPage /> }], path, { language });
  return { ...utils, calls };
}

const listCalls = (calls: { method: string; url: string }[]) =>
  calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/warnings')).map((c) => c.url);

function pick(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const item = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === option);
  if (!item) throw new Error(`no option ${option}`);
  fireEvent.click(item);
}

describe('WarningsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the open warnings by default with their rule, a sentence and a link to the subject', async () => {
    const { calls } = setup();
    expect(await screen.findByRole('heading', { name: '智能预警', level: 1 })).toBeTruthy();
    const row = (await screen.findByRole('link', { name: '东关社区' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: '东关社区' }).getAttribute('href')).toBe('/burden/villages/9');
    expect(row.textContent).toContain('严重');
    expect(row.textContent).toContain('村(社区)负担超出承载力');
    expect(row.textContent).toContain('在用准入事项12项，每月约52.5小时，超出承载力（每月40小时）');
    expect(row.textContent).toContain('城关镇');
    expect(screen.getByRole('link', { name: '联合核查' }).getAttribute('href')).toBe('/clues/5');
    expect(screen.getByText('问题线索的办理环节已于2026-11-22 17:00超期')).toBeTruthy();
    expect(screen.getByRole('link', { name: '县教育局' }).getAttribute('href')).toBe('/clues?scope=all&unitOrgId=7');
    expect(listCalls(calls)[0]).toBe('/api/warnings?status=OPEN&page=1&size=20');
  });

  it('sends the filters chosen, and every status when asked', async () => {
    const { calls } = setup();
    await screen.findByRole('link', { name: '东关社区' });
    pick('预警类型', '办理环节已超期');
    await waitFor(() =>
      expect(listCalls(calls)).toContain('/api/warnings?status=OPEN&rule=STEP_OVERDUE&page=1&size=20'),
    );
    pick('级别', '严重');
    await waitFor(() =>
      expect(listCalls(calls)).toContain('/api/warnings?status=OPEN&rule=STEP_OVERDUE&severity=SERIOUS&page=1&size=20'),
    );
    pick('状态', '全部状态');
    await waitFor(() =>
      expect(listCalls(calls)).toContain('/api/warnings?rule=STEP_OVERDUE&severity=SERIOUS&page=1&size=20'),
    );
  });

  it('speaks English from the codes, not from the Chinese rule label', async () => {
    setup({}, 'en');
    const row = (await screen.findByRole('link', { name: '东关社区' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Village over capacity');
    expect(row.textContent).toContain('12 admitted items take about 52.5 hours a month, over its capacity of 40 hours');
    expect(row.textContent).not.toContain('村(社区)负担超出承载力');
  });

  it('shows who acknowledged a warning and the whole note, wrapped rather than cut to one line', async () => {
    const note = '已电话督促柳家村和县教育局，约定下周一前清理重复台账，下周复核😀';
    setup(
      {
        'GET /api/warnings': {
          items: [
            {
              ...org,
              status: 'ACKNOWLEDGED',
              acknowledgedName: '孙督查（减负办）',
              acknowledgedNote: note,
              acknowledgedAt: '2026-11-24T13:56:00+08:00',
            },
          ],
          total: 1,
          page: 1,
          size: 20,
        },
      },
      'zh',
      '/warnings?status=ACKNOWLEDGED',
    );
    const ack = await screen.findByText(
      (_, el) => el?.textContent?.endsWith(`知悉：${note}`) === true && el.children.length === 0,
    );
    expect(ack.textContent).toMatch(/^孙督查（减负办） 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 知悉：/);
    // a single-line ellipsis hid the note behind a hover-only tooltip: no hover on a phone
    expect(ack.closest('.ant-typography-ellipsis-single-line')).toBeNull();
    expect(screen.queryByRole('button', { name: '知悉：县教育局' })).toBeNull();
  });

  it('says so when nothing is open', async () => {
    setup({ 'GET /api/warnings': { items: [], total: 0, page: 1, size: 20 } });
    expect(await screen.findByText('没有待处理的预警')).toBeTruthy();
  });

  it('acknowledges with a required note: refuses an empty one, posts the note, refreshes the list', async () => {
    let acknowledged = false;
    const { calls } = setup({
      'GET /api/warnings': () =>
        jsonResponse({
          items: acknowledged ? [task, org] : [village, task, org],
          total: acknowledged ? 2 : 3,
          page: 1,
          size: 20,
        }),
      'POST /api/warnings/1/acknowledge': () => {
        acknowledged = true;
        return jsonResponse({ ...village, status: 'ACKNOWLEDGED' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '知悉：东关社区' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /确认知悉/ }));
    expect(await within(dialog).findByText('请说明已采取或将采取的措施')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('已采取或将采取的措施'), {
      target: { value: '  已约谈县教育局，清理重复事项  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认知悉/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/warnings/1/acknowledge');
    expect(jsonBody(post?.init)).toEqual({ note: '已约谈县教育局，清理重复事项' });
    expect(await screen.findByText('已知悉')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: '东关社区' })).toBeNull());
  });

  it('shows the server’s field error on the note', async () => {
    setup({
      'POST /api/warnings/1/acknowledge': () =>
        jsonResponse({ status: 400, message: '提交的内容有误', fieldErrors: { note: '说明不能超过1000个字' } }, 400),
    });
    fireEvent.click(await screen.findByRole('button', { name: '知悉：东关社区' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('已采取或将采取的措施'), { target: { value: '已处理' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确认知悉/ }));
    const error = await within(dialog).findByText('说明不能超过1000个字');
    expect(error.closest('.ant-form-item')?.textContent).toContain('已采取或将采取的措施');
  });

  it('explains a 409 plainly, closes the dialog and refreshes the list', async () => {
    const { calls } = setup({
      'POST /api/warnings/1/acknowledge': () =>
        jsonResponse({ status: 409, message: '该预警已已知悉，无需再次知悉' }, 409),
    });
    fireEvent.click(await screen.findByRole('button', { name: '知悉：东关社区' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('已采取或将采取的措施'), { target: { value: '已处理' } });
    const before = listCalls(calls).length;
    fireEvent.click(within(dialog).getByRole('button', { name: /确认知悉/ }));
    expect(await screen.findByText('这条预警已被他人知悉或已自动消除，列表已刷新。')).toBeTruthy();
    await waitFor(() => expect(listCalls(calls).length).toBeGreaterThan(before));
  });
});
