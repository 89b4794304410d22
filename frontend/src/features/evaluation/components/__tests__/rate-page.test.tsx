import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { MyRound } from '../../types';
import { RatePage } from '../rate-page';

const villager = {
  username: 'cungan',
  displayName: '刘书记',
  orgId: 9,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
};

const round = {
  id: 5,
  name: '2026年上半年基层评机关',
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  opensAt: '2026-07-01T08:00:00+08:00',
  closesAt: '2026-07-15T18:00:00+08:00',
  status: 'OPEN',
  createdName: '孙督查',
  closedAt: null,
  dimensions: [
    { code: 'TASKS', label: '下派任务合理性' },
    { code: 'SUPPORT', label: '指导支持基层' },
  ],
  departments: [
    { id: 1, name: '县教育局' },
    { id: 2, name: '县民政局' },
  ],
};

const open: MyRound = {
  round,
  departments: [
    {
      departmentId: 1,
      departmentName: '县教育局',
      rated: false,
      ratedAt: null,
      scores: null,
      comment: null,
      commentStatus: null,
    },
    {
      departmentId: 2,
      departmentName: '县民政局',
      rated: true,
      ratedAt: '2026-07-02T09:00:00',
      scores: { TASKS: 4, SUPPORT: 5 },
      comment: '支持到位',
      commentStatus: 'PENDING',
    },
  ],
};

function setup(routes: Record<string, unknown>, language: 'zh' | 'en' = 'zh') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': villager,
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/evaluation/rate', element: <RatePage /> }], '/evaluation/rate', { language });
  return { calls };
}

const choose = (group: string, score: string) =>
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: score }));

describe('RatePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says plainly when no round is open', async () => {
    setup({ 'GET /api/evaluation/my-rounds': [] });
    expect(await screen.findByText('目前没有正在进行的评价')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
  });

  it('starts with the first department not yet rated, refuses a missing score and posts every score and the comment', async () => {
    let rated = false;
    const { calls } = setup({
      'GET /api/evaluation/my-rounds': () =>
        jsonResponse([
          rated
            ? {
                ...open,
                departments: open.departments.map((d) => ({
                  ...d,
                  rated: true,
                  ratedAt: d.ratedAt ?? '2026-07-03T10:00:00+08:00',
                  scores: d.scores ?? { TASKS: 2, SUPPORT: 3 },
                })),
              }
            : open,
        ]),
      'POST /api/evaluation/rounds/5/ratings': () => {
        rated = true;
        return jsonResponse({ ...open.departments[0], rated: true }, 201);
      },
    });
    expect(await screen.findByText('已评价 1/2 个部门')).toBeTruthy();
    choose('下派任务合理性', '2');
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('请为“指导支持基层”打1–5分')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    choose('指导支持基层', '3');
    fireEvent.change(screen.getByLabelText('意见建议（可不填）'), { target: { value: '  表格太多𠀾  ' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(jsonBody(post?.init)).toEqual({ departmentId: 1, scores: { TASKS: 2, SUPPORT: 3 }, comment: '表格太多𠀾' });
    expect(await screen.findByText('已提交评价')).toBeTruthy();
    expect(await screen.findByText(/您已于 .* 评价该部门，每人只能评价一次。/)).toBeTruthy();
  });

  it('keeps what was typed when the server refuses it, with the error on the field', async () => {
    setup({
      'GET /api/evaluation/my-rounds': [open],
      'POST /api/evaluation/rounds/5/ratings': () =>
        jsonResponse({ status: 400, message: '提交的内容有误', fieldErrors: { comment: '意见不能超过1000个字' } }, 400),
    });
    await screen.findByText('已评价 1/2 个部门');
    choose('下派任务合理性', '4');
    choose('指导支持基层', '5');
    fireEvent.change(screen.getByLabelText('意见建议（可不填）'), { target: { value: '很长的意见' } });
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    const error = await screen.findByText('意见不能超过1000个字');
    expect(error.closest('.ant-form-item')?.textContent).toContain('意见建议');
    expect(screen.getByLabelText<HTMLTextAreaElement>('意见建议（可不填）').value).toBe('很长的意见');
    const checked = within(screen.getByRole('radiogroup', { name: '下派任务合理性' })).getByRole('radio', {
      name: '4',
    });
    expect((checked as HTMLInputElement).checked).toBe(true);
  });

  it('says in the server’s words why a rating was refused: rated in another tab', async () => {
    let refused = false;
    setup({
      'GET /api/evaluation/my-rounds': () =>
        jsonResponse([
          refused
            ? {
                ...open,
                departments: open.departments.map((d) => ({
                  ...d,
                  rated: true,
                  ratedAt: d.ratedAt ?? '2026-07-03T10:00:00+08:00',
                  scores: d.scores ?? { TASKS: 5, SUPPORT: 5 },
                })),
              }
            : open,
        ]),
      'POST /api/evaluation/rounds/5/ratings': () => {
        refused = true;
        return jsonResponse({ status: 409, message: '您已评价过该部门，每人对每个部门只能评价一次' }, 409);
      },
    });
    await screen.findByText('已评价 1/2 个部门');
    choose('下派任务合理性', '4');
    choose('指导支持基层', '5');
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('您已评价过该部门，每人对每个部门只能评价一次（页面已刷新）')).toBeTruthy();
    // the rounds were fetched again: the department now shows as rated, without a form
    expect(await screen.findByText('已评价 2/2 个部门')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
  });

  it('says the round has closed when it closed while the form was open, not that it was rated', async () => {
    let closed = false;
    setup({
      'GET /api/evaluation/my-rounds': () => jsonResponse(closed ? [] : [open]),
      'POST /api/evaluation/rounds/5/ratings': () => {
        closed = true;
        return jsonResponse({ status: 409, message: '本轮评价已截止，不能再评价' }, 409);
      },
    });
    await screen.findByText('已评价 1/2 个部门');
    choose('下派任务合理性', '3');
    choose('指导支持基层', '3');
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('本轮评价已截止，不能再评价（页面已刷新）')).toBeTruthy();
    expect(screen.queryByText(/您已评价过/)).toBeNull();
    expect(await screen.findByText('目前没有正在进行的评价')).toBeTruthy();
  });

  it('shows a department already rated with the rater’s own scores, in English too', async () => {
    setup({ 'GET /api/evaluation/my-rounds': [{ ...open, departments: [open.departments[1]] }] }, 'en');
    expect(
      await screen.findByText('You rated this department at 2026-07-02 09:00; each person rates once.'),
    ).toBeTruthy();
    expect(screen.getByText('Reasonable tasks sent down')).toBeTruthy();
    expect(screen.getByText('Your comment (Awaiting screening): 支持到位')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
  });
});
