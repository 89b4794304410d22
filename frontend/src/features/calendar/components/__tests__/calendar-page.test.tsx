import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { CalendarPage } from '../calendar-page';

const at = '2026-11-20T09:00:00+08:00';
const days = [
  { id: 1, date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节', changedBy: '系统', changedAt: at },
  { id: 2, date: '2026-10-03', kind: 'HOLIDAY', name: '国庆节', changedBy: '系统', changedAt: at },
  { id: 3, date: '2026-10-05', kind: 'HOLIDAY', name: '国庆节', changedBy: '系统', changedAt: at },
  { id: 4, date: '2026-10-07', kind: 'HOLIDAY', name: '国庆节', changedBy: '系统', changedAt: at },
  { id: 5, date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节', changedBy: '李管理', changedAt: at },
];

const csrf = { 'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' } };
const URL = '/api/calendar/special-days';

function renderPage(routes: Record<string, unknown>) {
  const { fn, calls } = mockFetch({ ...csrf, ...routes });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes([{ path: '/admin/calendar', element: <CalendarPage /> }], '/admin/calendar?year=2026');
  return { ...utils, calls };
}

/** Picks a date in antd's DatePicker as a person types it. */
function pickDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** A screen `width` px wide (a phone: 360): antd's breakpoints ask matchMedia. */
function screenOf(width: number) {
  vi.stubGlobal('innerWidth', width);
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    return {
      matches: (!max || width <= Number(max[1])) && (!min || width >= Number(min[1])),
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

describe('CalendarPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the year of the URL with weekdays, arrangements and a summary, and moves to the next year', async () => {
    screenOf(1280);
    const { calls, router } = renderPage({
      [`GET ${URL}`]: (url: URL) => jsonResponse(url.searchParams.get('year') === '2026' ? days : []),
    });
    expect(await screen.findByRole('heading', { name: '工作日历', level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2026年', level: 2 })).toBeTruthy();
    const row = (await screen.findByText('2026-10-01 周四')).closest('tr') as HTMLElement;
    expect(within(row).getByText('放假').closest('.ant-tag')).toBeTruthy();
    expect(within(row).getByText('国庆节')).toBeTruthy();
    const makeUp = screen.getByText('2026-10-10 周六').closest('tr') as HTMLElement;
    expect(within(makeUp).getByText('调休上班')).toBeTruthy();
    expect(within(makeUp).getByText('李管理')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '修改时间' })).toBeTruthy();
    expect(screen.getByText('放假4天（其中周一至周五3天），调休上班1天')).toBeTruthy();
    expect(screen.getByText(/周六、周日只有调休上班日才是工作日/)).toBeTruthy();
    expect(calls.some((c) => c.url === `${URL}?year=2026`)).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '下一年' }));
    expect(await screen.findByText('2027年还没有录入放假和调休安排，时限按周一至周五计算')).toBeTruthy();
    expect(router.state.location.search).toBe('?year=2027');
    expect(calls.some((c) => c.url === `${URL}?year=2027`)).toBe(true);
  });

  it('adds a make-up workday: posts the date, the arrangement and the holiday, and shows the new list', async () => {
    let saved = false;
    const added = {
      id: 6,
      date: '2026-09-20',
      kind: 'MAKEUP_WORKDAY',
      name: '国庆节',
      changedBy: '李管理',
      changedAt: at,
    };
    const { calls } = renderPage({
      [`GET ${URL}`]: () => jsonResponse(saved ? [added, ...days] : days),
      [`POST ${URL}`]: () => {
        saved = true;
        return jsonResponse(added, 201);
      },
    });
    await screen.findByText('2026-10-01 周四');
    fireEvent.click(screen.getByRole('button', { name: /新增日期/ }));
    const dialog = await screen.findByRole('dialog');
    pickDate(within(dialog).getByLabelText('日期'), '2026-09-20');
    fireEvent.click(within(dialog).getByRole('radio', { name: '调休上班' }));
    fireEvent.change(within(dialog).getByLabelText('节日'), { target: { value: ' 国庆节 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(jsonBody(post?.init)).toEqual({ date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节' });
    expect(await screen.findByText('保存成功')).toBeTruthy();
    expect(await screen.findByText('2026-09-20 周日')).toBeTruthy();
  });

  it('refuses a make-up workday on a weekday before asking, and shows the server’s 409 on the date', async () => {
    const { calls } = renderPage({
      [`GET ${URL}`]: days,
      [`PUT ${URL}/3`]: () =>
        jsonResponse(
          {
            status: 409,
            message: '该日期已有安排',
            fieldErrors: { date: '2026-10-01（周四）已在工作日历中（放假：国庆节），请修改那一条，不要重复添加' },
          },
          409,
        ),
    });
    fireEvent.click(await screen.findByRole('button', { name: '编辑 2026-10-05' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('修改日期安排')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: '调休上班' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('调休上班只能设在周六或周日，2026-10-05本来就是工作日')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.click(within(dialog).getByRole('radio', { name: '放假' }));
    pickDate(within(dialog).getByLabelText('日期'), '2026-10-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const error = await within(dialog).findByText(/2026-10-01（周四）已在工作日历中/);
    expect(error.closest('.ant-form-item')?.textContent).toContain('日期');
    expect(jsonBody(calls.find((c) => c.method === 'PUT')?.init)).toEqual({
      date: '2026-10-01',
      kind: 'HOLIDAY',
      name: '国庆节',
    });
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('deletes a day only after the confirmation', async () => {
    const { calls } = renderPage({
      [`GET ${URL}`]: days,
      [`DELETE ${URL}/5`]: () => new Response(null, { status: 204 }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '删除 2026-10-10' }));
    expect(await screen.findByText('删除后这一天按普通的周一至周日计算。')).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    const confirm = (await screen.findByRole('tooltip')).querySelector('.ant-btn-dangerous') as HTMLElement;
    fireEvent.click(confirm);
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === `${URL}/5`)).toBe(true));
    expect(await screen.findByText('已删除')).toBeTruthy();
  });

  it('keeps the day, the arrangement and the actions on a 360 px phone', async () => {
    screenOf(360);
    renderPage({ [`GET ${URL}`]: days });
    const row = (await screen.findByText('2026-10-10 周六')).closest('tr') as HTMLElement;
    expect(within(row).getByText('调休上班')).toBeTruthy();
    expect(within(row).getByRole('button', { name: '编辑 2026-10-10' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: '删除 2026-10-10' })).toBeTruthy();
    // who and when give way on a phone
    expect(screen.queryByRole('columnheader', { name: '修改人' })).toBeNull();
    expect(screen.queryByText('李管理')).toBeNull();
    expect(screen.getByRole('button', { name: /新增日期/ })).toBeTruthy();
  });

  it('speaks English too', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ [`GET ${URL}`]: days }).fn));
    renderRoutes([{ path: '/admin/calendar', element: <CalendarPage /> }], '/admin/calendar?year=2026', {
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Working calendar', level: 1 })).toBeTruthy();
    expect(await screen.findByText('2026-10-01 Thu')).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByText('Day off')).toHaveLength(4);
    expect(screen.getByText('4 days off (3 of them Monday to Friday), 1 make-up workdays')).toBeTruthy();
  });
});
