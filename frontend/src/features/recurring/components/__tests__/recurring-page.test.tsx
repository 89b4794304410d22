import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { RecurringProblem } from '../../types';
import { RecurringPage } from '../recurring-page';

const me = (roles: string[]) => ({
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles,
});

const byCategory: RecurringProblem = {
  groupBy: 'CATEGORY',
  key: 'INSPECTIONS',
  label: 'INSPECTIONS',
  clues: 6,
  units: 3,
  substantiated: 2,
  previousClues: 4,
  clueIds: [11, 12, 13, 14, 15, 16],
  clueNos: ['XS-2026-0011', 'XS-2026-0012', 'XS-2026-0013', 'XS-2026-0014', 'XS-2026-0015'],
};
const byUnit: RecurringProblem = {
  groupBy: 'UNIT',
  key: '12',
  label: '县教育局',
  clues: 3,
  units: 1,
  substantiated: 0,
  previousClues: 0,
  clueIds: [21, 22, 23],
  clueNos: ['XS-2026-0021', 'XS-2026-0022', 'XS-2026-0023'],
};
const byText: RecurringProblem = {
  groupBy: 'TEXT',
  key: '31',
  label: '村里每周要填三张安全巡查表…',
  clues: 3,
  units: 2,
  substantiated: 1,
  previousClues: null,
  clueIds: [31, 32, 33],
  clueNos: ['XS-2026-0031', 'XS-2026-0032', 'XS-2026-0033'],
};

const orgs = [
  { id: 1, code: 'JFB', name: '减负办', type: 'BURDEN_OFFICE', parentId: null },
  { id: 12, code: 'JYJ', name: '县教育局', type: 'COUNTY_DEPT', parentId: null },
  { id: 4, code: 'CGZ', name: '城关镇', type: 'TOWNSHIP', parentId: null },
  { id: 41, code: 'DGSQ', name: '东关社区', type: 'VILLAGE', parentId: 4 },
];

function setup(roles: string[], routes: Record<string, unknown> = {}, path = '/recurring', language?: 'zh' | 'en') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't' },
    'GET /api/auth/me': me(roles),
    'GET /api/orgs': orgs,
    'GET /api/recurring-problems': (url: URL) =>
      jsonResponse(
        url.searchParams.get('groupBy') === 'UNIT'
          ? [byUnit]
          : url.searchParams.get('groupBy') === 'TEXT'
            ? [byText]
            : [byCategory],
      ),
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes(
    [
      { path: '/recurring', element: <RecurringPage /> },
      { path: '/special-topics/:id', element: <p>topic page</p> },
    ],
    path,
    { language },
  );
  return { ...utils, calls };
}

const problemCalls = (calls: { method: string; url: string }[]) =>
  calls.filter((c) => c.url.startsWith('/api/recurring-problems')).map((c) => c.url);

describe('RecurringPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('groups the last three months by category, with the trend and links to the clue list and the clues', async () => {
    const { calls } = setup(['OFFICE']);
    const from = dayjs().subtract(3, 'month').format('YYYY-MM-DD');
    const to = dayjs().format('YYYY-MM-DD');
    const drill = await screen.findByRole('link', { name: '6条线索：查看“督查检查考核”的线索' });
    expect(drill.getAttribute('href')).toBe(`/clues?scope=all&from=${from}&to=${to}&category=INSPECTIONS`);
    expect(problemCalls(calls)[0]).toBe(`/api/recurring-problems?groupBy=CATEGORY&from=${from}&to=${to}`);
    const row = drill.closest('tr') as HTMLElement;
    expect(within(row).getByRole('img', { name: '比上一时段增加50%' })).toBeTruthy();
    expect(within(row).getByTestId('trend').textContent).toContain('50%');
    expect(within(row).getByRole('link', { name: 'XS-2026-0011' }).getAttribute('href')).toBe('/clues/11');
    expect(within(row).getAllByRole('link', { name: /^XS-/ })).toHaveLength(5);
    expect(row.textContent).toContain('等6条');
    expect(within(row).getByRole('button', { name: '立为专项治理：督查检查考核' })).toBeTruthy();
  });

  it('switches the grouping: a unit’s clues by its id, a similar-wording group’s clues by number', async () => {
    const { calls } = setup(['VERIFIER'], {}, '/recurring?from=2026-08-01&to=2026-10-31');
    await screen.findByRole('link', { name: '6条线索：查看“督查检查考核”的线索' });
    expect(screen.queryByRole('button', { name: /立为专项治理/ })).toBeNull();

    fireEvent.click(screen.getByText('承办单位'));
    const unit = await screen.findByRole('link', { name: '3条线索：查看“县教育局”的线索' });
    expect(unit.getAttribute('href')).toBe('/clues?scope=all&from=2026-08-01&to=2026-10-31&unitOrgId=12');
    expect((unit.closest('tr') as HTMLElement).textContent).toContain('新出现');
    expect(problemCalls(calls)).toContain('/api/recurring-problems?groupBy=UNIT&from=2026-08-01&to=2026-10-31');

    fireEvent.click(screen.getByText('相似内容'));
    const first = await screen.findByRole('link', { name: 'XS-2026-0031' });
    expect(first.getAttribute('href')).toBe('/clues/31');
    const row = first.closest('tr') as HTMLElement;
    expect(within(row).queryByRole('link', { name: /查看/ })).toBeNull();
    expect(within(row).getByLabelText('相似内容组不与上一时段比较')).toBeTruthy();
    expect(screen.getByText(/相似内容按问题描述的用词比对分组/)).toBeTruthy();
  });

  it('says so when nothing came back in the period', async () => {
    setup(['APPROVER'], { 'GET /api/recurring-problems': [] });
    expect(await screen.findByText('这个时段没有反复出现的问题（同一组3条以上线索）')).toBeTruthy();
  });

  it('speaks English, the category from its code', async () => {
    setup(['OFFICE'], {}, '/recurring', 'en');
    expect(
      await screen.findByRole('link', { name: '6 clues: show the clues of “Inspections and assessments”' }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Up 50% on the period before' })).toBeTruthy();
  });

  it('opens a special topic on a group: checks the form, sends the group’s clues, then shows the topic', async () => {
    const posted: Record<string, unknown>[] = [];
    const { router } = setup(['OFFICE'], {
      'POST /api/special-topics': (_url: URL, init: RequestInit | undefined) => {
        posted.push(jsonBody(init));
        return jsonResponse({ id: 31 }, 201);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '立为专项治理：督查检查考核' }));
    const dialog = await screen.findByRole('dialog');
    const title = within(dialog).getByLabelText<HTMLInputElement>('名称');
    await waitFor(() => expect(title.value).toBe('督查检查考核'));
    expect(within(dialog).getByText('XS-2026-0011')).toBeTruthy();
    expect(within(dialog).getByText('线索 #16')).toBeTruthy();

    fireEvent.change(title, { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: /^立\s?项$/ }));
    expect(await within(dialog).findByText('请填写名称')).toBeTruthy();
    expect(within(dialog).getByText('请填写问题与整治要求')).toBeTruthy();
    expect(within(dialog).getByText('请选择牵头单位')).toBeTruthy();
    expect(within(dialog).getByText('请选择整治期限')).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.change(title, { target: { value: '督查检查考核专项治理' } });
    fireEvent.change(within(dialog).getByLabelText('问题与整治要求'), { target: { value: '清理重复督查' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '牵头单位' }));
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option')].find(
        (o) => o.textContent === '东关社区（城关镇）',
      );
      if (!found) throw new Error('no option');
      return found;
    });
    expect([...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)).not.toContain('减负办');
    fireEvent.click(option);
    const deadline = dayjs().add(30, 'day').format('YYYY-MM-DD');
    const picker = within(dialog).getByLabelText('整治期限');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: deadline } });
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.click(screen.getByRole('button', { name: /^立\s?项$/ }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      title: '督查检查考核专项治理',
      description: '清理重复督查',
      leadOrgId: 41,
      deadline,
      clueIds: [11, 12, 13, 14, 15, 16],
    });
    expect(await screen.findByText('topic page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/special-topics/31');
  });
});
