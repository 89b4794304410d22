import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ClueDetailPage } from '../clue-detail-page';
import { clueDetailBase } from '../../testing/clue-detail-base';

vi.mock('@/components/ui/process-diagram', () => ({ default: () => <div data-testid="process-diagram" /> }));

const office = {
  username: 'jianfuban',
  displayName: '孙督查',
  orgId: 4,
  orgName: '县委督查室（减负办）',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const unitUser = {
  ...office,
  username: 'jiaoyu',
  orgId: 6,
  orgName: '县教育局',
  orgType: 'DEPARTMENT',
  roles: ['APPLICANT'],
};

const REQUEST = '请于期限内报送整改进展𠀀😀';
const ANSWER = '已取消打卡要求𠀀😀';
const SUGGESTED = dayjs().add(5, 'day').format('YYYY-MM-DD');

const unit = (id: number, orgId: number, orgName: string, status: string) => ({
  id,
  orgId,
  orgName,
  role: 'DEPARTMENT',
  status,
  statusLabel: status,
  outcome: null,
  findings: null,
  verifiedAt: null,
  plan: null,
  planDeadline: null,
  plannedAt: null,
  report: null,
  reportedAt: null,
  acceptedAt: null,
  sendBackCount: 0,
});

const clue = {
  id: 12,
  clueNo: 'XS-2026-0012',
  ...clueDetailBase,
  units: [unit(1, 6, '县教育局', 'VERIFYING'), unit(2, 7, '某镇', 'RETURNED'), unit(3, 8, '县民政局', 'VERIFYING')],
  currentTasks: [],
  returns: [],
  supervisions: [],
  supervisionSuggestedDue: SUGGESTED,
};

const order = {
  id: 41,
  unitId: 1,
  orgId: 6,
  orgName: '县教育局',
  request: REQUEST,
  dueDate: SUGGESTED,
  issuedBy: 'jianfuban',
  issuedByName: '孙督查',
  issuedAt: '2026-11-24T10:00:00+08:00',
  answer: null,
  answeredBy: null,
  answeredByName: null,
  answeredAt: null,
  late: false,
  overdue: false,
  mayAnswer: false,
};

const routes = [{ path: '/clues/:id', element: <ClueDetailPage /> }];

function renderClue(user: unknown, detail: unknown, extra: Record<string, unknown> = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const api = mockFetch({ 'GET /api/auth/me': user, 'GET /api/clues/12': detail, 'GET /api/orgs': [], ...extra });
  vi.stubGlobal('fetch', vi.fn(api.fn));
  renderRoutes(routes, '/clues/12');
  return api.calls;
}

const posts = (calls: ReturnType<typeof mockFetch>['calls'], url: string) =>
  calls.filter((c) => c.method === 'POST' && c.url === url);

const fieldOf = (el: HTMLElement) => el.closest('.ant-form-item')?.textContent ?? '';

describe('督办 by the office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the dialog, sends the order, keeps it on refusals and lists it as 待反馈', async () => {
    let answers = 0;
    const calls = renderClue(office, clue, {
      // read again after the order: it is there
      'GET /api/clues/12': () => jsonResponse(answers >= 3 ? { ...clue, supervisions: [order] } : clue),
      'POST /api/clues/12/supervisions': () => {
        answers++;
        if (answers === 1)
          return jsonResponse(
            {
              status: 400,
              message: '提交的内容有误，请按提示修改',
              fieldErrors: { dueDate: '办理期限须是工作日（节假日、周末不能作为期限）' },
            },
            400,
          );
        if (answers === 2)
          return jsonResponse(
            { status: 409, message: '该单位还有未反馈的督办，请待其反馈后再督办', fieldErrors: {} },
            409,
          );
        return jsonResponse({ ...clue, supervisions: [order] });
      },
    });
    const card = await screen.findByTestId('supervisions-card');
    expect(within(card).getByText('督办记录')).toBeTruthy();
    expect(within(card).getByText('暂无督办')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /督办/ }));

    const dialog = await screen.findByRole('dialog');
    // the suggested deadline to start with
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: '办理期限' }).value).toBe(SUGGESTED);
    fireEvent.click(within(dialog).getByRole('button', { name: '发出督办' }));
    expect(fieldOf(await within(dialog).findByText('请选择督办单位'))).toContain('督办单位');
    expect(fieldOf(within(dialog).getByText('请填写督办要求'))).toContain('督办要求');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    // a returned unit is not offered
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '督办单位' }));
    expect(await screen.findByRole('listbox')).toBeTruthy();
    expect(document.querySelector('.ant-select-dropdown')?.textContent).not.toContain('某镇');
    fireEvent.click(await screen.findByTitle('县教育局'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '督办要求' }), {
      target: { value: `  ${REQUEST}  ` },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '发出督办' }));
    const dueError = await within(dialog).findByText('办理期限须是工作日（节假日、周末不能作为期限）');
    expect(fieldOf(dueError)).toContain('办理期限');
    expect(jsonBody(posts(calls, '/api/clues/12/supervisions')[0].init)).toEqual({
      unitId: 1,
      request: REQUEST,
      dueDate: SUGGESTED,
    });

    fireEvent.click(within(dialog).getByRole('button', { name: '发出督办' }));
    expect(await within(dialog).findByText(/该单位还有未反馈的督办/)).toBeTruthy();
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: '督办要求' }).value).toContain(REQUEST);

    fireEvent.click(within(dialog).getByRole('button', { name: '发出督办' }));
    expect(await screen.findByText('已督办，已通知被督办单位')).toBeTruthy();
    expect(posts(calls, '/api/clues/12/supervisions')).toHaveLength(3);
    await waitFor(() => expect(within(card).getByText(REQUEST)).toBeTruthy());
    expect(within(card).getByText('待反馈')).toBeTruthy();
    expect(card.textContent).toContain('孙督查 于');
    // the office does not answer
    expect(within(card).queryByRole('button', { name: '提交反馈' })).toBeNull();
  });

  it('is not offered to a unit', async () => {
    renderClue(unitUser, clue);
    expect(await screen.findByRole('heading', { name: /XS-2026-0012/ })).toBeTruthy();
    expect(screen.queryByTestId('supervisions-card')).toBeNull();
    expect(screen.queryByRole('button', { name: /督办/ })).toBeNull();
  });
});

describe('督办记录 and 反馈督办 by the unit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers once, with the answer required, and shows it as 已反馈', async () => {
    let answers = 0;
    const mine = { ...clue, supervisions: [{ ...order, mayAnswer: true }] };
    const answered = {
      ...clue,
      supervisions: [
        {
          ...order,
          answer: ANSWER,
          answeredBy: 'jiaoyu',
          answeredByName: '王老师',
          answeredAt: '2026-11-25T09:00:00+08:00',
        },
      ],
    };
    const calls = renderClue(unitUser, mine, {
      'GET /api/clues/12': () => jsonResponse(answers >= 2 ? answered : mine),
      'POST /api/clues/12/supervisions/41/answer': () =>
        ++answers === 1
          ? jsonResponse({ status: 409, message: '该督办已反馈，不能重复反馈', fieldErrors: {} }, 409)
          : jsonResponse(answered),
    });
    const card = await screen.findByTestId('supervisions-card');
    expect(within(card).getByText('待反馈')).toBeTruthy();
    expect(within(card).getByText('反馈督办')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '提交反馈' }));
    expect(fieldOf(await within(card).findByText('请填写反馈情况'))).toContain('反馈情况');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(card).getByRole('textbox', { name: '反馈情况' }), { target: { value: ANSWER } });
    fireEvent.click(within(card).getByRole('button', { name: '提交反馈' }));
    expect(await screen.findByText('该督办已反馈，不能重复反馈')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '提交反馈' }));
    expect(await screen.findByText('已反馈督办')).toBeTruthy();
    expect(jsonBody(posts(calls, '/api/clues/12/supervisions/41/answer')[1].init)).toEqual({ answer: ANSWER });
    await waitFor(() => expect(within(card).getByText('已反馈')).toBeTruthy());
    expect(card.textContent).toContain(`反馈情况：${ANSWER}`);
    expect(card.textContent).toContain('王老师 于');
    expect(within(card).queryByRole('button', { name: '提交反馈' })).toBeNull();
  });

  it('marks an unanswered order past its deadline 已逾期 and a late answer 逾期反馈', async () => {
    renderClue(office, {
      ...clue,
      status: 'CLOSED',
      supervisions: [
        { ...order, id: 1, overdue: true, dueDate: '2026-11-20' },
        {
          ...order,
          id: 2,
          unitId: 3,
          orgName: '县民政局',
          answer: ANSWER,
          answeredBy: 'minzheng',
          answeredByName: null,
          answeredAt: '2026-11-23T09:00:00+08:00',
          late: true,
          dueDate: '2026-11-20',
        },
      ],
    });
    const card = await screen.findByTestId('supervisions-card');
    const first = within(card).getByTestId('supervision-1');
    expect(within(first).getByText('已逾期').closest('.ant-tag')?.className).toContain('red');
    const second = within(card).getByTestId('supervision-2');
    expect(within(second).getByText('已反馈')).toBeTruthy();
    expect(within(second).getByText('逾期反馈')).toBeTruthy();
    expect(second.textContent).toContain('minzheng 于');
    // a finished clue: the record stays, no new order
    expect(within(card).queryByRole('button', { name: /督办/ })).toBeNull();
  });
});
