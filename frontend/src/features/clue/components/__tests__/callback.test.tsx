import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/format';
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
const unitUser = { ...office, username: 'jiaoyu', orgId: 6, orgName: '县教育局', orgType: 'DEPARTMENT', roles: [] };

const NOTE = '反映人说台账仍要每月报送𠀀😀';

const unit = {
  id: 1,
  orgId: 6,
  orgName: '县教育局',
  role: 'DEPARTMENT',
  status: 'NOT_SUBSTANTIATED',
  statusLabel: '核查不属实',
  outcome: 'NOT_SUBSTANTIATED',
  findings: '经核查不属实',
  verifiedAt: '2026-11-21T09:00:00+08:00',
  verifyDueAt: '2026-12-11T10:00:00+08:00',
  firstResponseAt: '2026-11-20T13:00:00+08:00',
  plan: null,
  planDeadline: null,
  plannedAt: null,
  report: null,
  reportedAt: null,
  acceptedAt: null,
  sendBackCount: 0,
};

/** Answered, awaiting the rating; the reporter left a name and phone; the office may call back. */
const rating = {
  id: 12,
  clueNo: 'XS-2026-0012',
  ...clueDetailBase,
  reporter: { anonymous: false, name: '张先生', phone: '13912345678' },
  status: 'RATING',
  statusLabel: '待评价',
  reply: '经核查，该做法已停止',
  repliedAt: '2026-11-22T09:00:00+08:00',
  ratingVia: null,
  firstResponseAt: '2026-11-20T11:30:00+08:00',
  units: [unit],
  currentTasks: [],
  returns: [],
  callbacks: [],
  callbackPossible: true,
};

const notReachedEntry = {
  id: 1,
  reached: false,
  satisfied: null,
  note: '无人接听',
  calledBy: 'jianfuban',
  calledByName: '孙督查',
  calledAt: '2026-11-23T09:00:00+08:00',
};

const reopened = {
  ...rating,
  status: 'RECTIFYING',
  statusLabel: '整改中',
  reopenCount: 1,
  rating: 'UNSATISFIED',
  ratingVia: 'CALLBACK',
  callbackPossible: false,
  callbacks: [
    notReachedEntry,
    { ...notReachedEntry, id: 2, reached: true, satisfied: false, note: NOTE, calledAt: '2026-11-24T09:00:00+08:00' },
  ],
};

const routes = [{ path: '/clues/:id', element: <ClueDetailPage /> }];

function renderClue(user: unknown, clue: unknown, extra: Record<string, unknown> = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const api = mockFetch({ 'GET /api/auth/me': user, 'GET /api/clues/12': clue, 'GET /api/orgs': [], ...extra });
  vi.stubGlobal('fetch', vi.fn(api.fn));
  renderRoutes(routes, '/clues/12');
  return api.calls;
}

const posts = (calls: ReturnType<typeof mockFetch>['calls']) =>
  calls.filter((c) => c.method === 'POST' && c.url === '/api/clues/12/callbacks');

const card = async () =>
  (await screen.findByText('回访', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;

describe('回访 by the office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the dialog before sending, and keeps what was typed on a refusal', async () => {
    let answers = 0;
    const calls = renderClue(office, rating, {
      'POST /api/clues/12/callbacks': () =>
        ++answers === 1
          ? jsonResponse(
              { status: 400, message: '提交的内容有误，请按提示修改', fieldErrors: { note: '内容不能超过500个字' } },
              400,
            )
          : jsonResponse({ status: 409, message: '线索已已办结，不能再回访', fieldErrors: {} }, 409),
    });
    const c = await card();
    // the reporter's contact, for the office to call
    expect(within(c).getByTestId('callback-contact').textContent).toBe('张先生 · 13912345678');
    expect(within(c).getByText('尚无回访记录')).toBeTruthy();
    fireEvent.click(within(c).getByRole('button', { name: '记录回访' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('radio', { name: '满意' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    expect(await within(dialog).findByText('请选择是否联系上反映人')).toBeTruthy();

    // reached: satisfied or not is asked, and a dissatisfied reporter's reason
    fireEvent.click(within(dialog).getByRole('radio', { name: '已联系上' }));
    expect(await within(dialog).findByRole('radio', { name: '不满意' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    expect(await within(dialog).findByText('请选择反映人是否满意')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: '不满意' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    const noReason = await within(dialog).findByText('请记录反映人不满意的原因');
    expect(noReason.closest('.ant-form-item')?.textContent).toContain('回访记录');
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '回访记录' }), { target: { value: `  ${NOTE}  ` } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    // the server's field error under its field
    const fieldError = await within(dialog).findByText('内容不能超过500个字');
    expect(fieldError.closest('.ant-form-item')?.textContent).toContain('回访记录');
    expect(jsonBody(posts(calls)[0].init)).toEqual({ reached: true, satisfied: false, note: NOTE });

    // 409: the message in the dialog, the dialog and the note kept
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    expect(await within(dialog).findByText('线索已已办结，不能再回访')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: '回访记录' }).value).toContain(NOTE);
    expect(posts(calls)).toHaveLength(2);
  });

  it('sends the verdict, says what became of the clue and lists the records', async () => {
    let sent = false;
    const calls = renderClue(office, rating, {
      'GET /api/clues/12': () => jsonResponse(sent ? reopened : rating),
      'POST /api/clues/12/callbacks': () => {
        sent = true;
        return jsonResponse(reopened);
      },
    });
    fireEvent.click(within(await card()).getByRole('button', { name: '记录回访' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: '已联系上' }));
    fireEvent.click(await within(dialog).findByRole('radio', { name: '不满意' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '回访记录' }), { target: { value: NOTE } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    expect(await screen.findByText('已记录回访，线索已转重新整改')).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);

    // no more call-backs; the records stay, oldest first, with who and when
    await waitFor(() => expect(screen.queryByRole('button', { name: '记录回访' })).toBeNull());
    const after = await card();
    expect(within(after).getByText('回访记录')).toBeTruthy();
    expect(within(after).getByText('未联系上')).toBeTruthy();
    expect(within(after).getByText('已联系上 · 不满意')).toBeTruthy();
    expect(within(after).getByText(NOTE)).toBeTruthy();
    expect(after.textContent).toContain(`孙督查 于 ${formatDateTime('2026-11-24T09:00:00+08:00')} 回访`);
    expect(within(after).queryByTestId('callback-contact')).toBeNull();
    // the rating says it came from the call-back
    expect(screen.getByText('回访评价')).toBeTruthy();
  });

  it('sends only whether the reporter was reached when not reached, and says it was recorded', async () => {
    const calls = renderClue(office, rating, {
      'POST /api/clues/12/callbacks': () => jsonResponse({ ...rating, callbacks: [notReachedEntry] }),
    });
    fireEvent.click(within(await card()).getByRole('button', { name: '记录回访' }));
    const dialog = await screen.findByRole('dialog');
    // satisfied chosen, then the answer changed to not reached: the verdict is not sent
    fireEvent.click(within(dialog).getByRole('radio', { name: '已联系上' }));
    fireEvent.click(await within(dialog).findByRole('radio', { name: '满意' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: '未联系上' }));
    await waitFor(() => expect(within(dialog).queryByRole('radio', { name: '满意' })).toBeNull());
    fireEvent.click(within(dialog).getByRole('button', { name: '保存回访' }));
    expect(await screen.findByText('已记录回访')).toBeTruthy();
    expect(posts(calls)).toHaveLength(1);
    expect(jsonBody(posts(calls)[0].init)).toEqual({ reached: false });
  });

  it('shows the first responses with the hours they took', async () => {
    renderClue(office, rating);
    const item = (await screen.findAllByTestId('first-response')).map((e) => e.textContent);
    // the office: triage 2.5 hours after receipt; the unit: 3 hours after the assignment
    expect(item).toContain(`${formatDateTime('2026-11-20T11:30:00+08:00')}（用时 2.5 小时）`);
    expect(item).toContain(`${formatDateTime('2026-11-20T13:00:00+08:00')}（用时 3 小时）`);
    expect(screen.getAllByText('首次响应').length).toBeGreaterThanOrEqual(2);
  });

  it('is not offered to a unit, which sees no call-backs', async () => {
    renderClue(unitUser, { ...rating, reporter: undefined, callbackPossible: false, callbacks: [] });
    expect(await screen.findByRole('heading', { name: /XS-2026-0012/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '记录回访' })).toBeNull();
    expect(screen.queryByText('回访记录')).toBeNull();
  });
});
