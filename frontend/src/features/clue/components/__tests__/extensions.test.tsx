import { fireEvent, screen, within } from '@testing-library/react';
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
const unitUser = { ...office, username: 'jiaoyu', orgId: 6, orgName: '县教育局', orgType: 'DEPARTMENT', roles: [] };

const REASON = '需到各村逐一核实，工作量大𠀀😀';

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

const task = (taskId: string, taskKey: string, unitId: number, unitName: string) => ({
  taskId,
  taskKey,
  name: taskKey,
  unitId,
  unitName,
  assignee: null,
  created: '2026-11-20T10:00:00+08:00',
  due: '2026-12-01T00:00:00+08:00',
  overdue: false,
  delegatedBy: null,
});

const base = {
  id: 12,
  clueNo: 'XS-2026-0012',
  ...clueDetailBase,
};

/** Assigned to 县教育局 (unit 1) and 某镇 (unit 2), both verifying. */
const verifying = {
  ...base,
  units: [unit(1, 6, '县教育局', 'VERIFYING'), unit(2, 7, '某镇', 'VERIFYING')],
  currentTasks: [task('t-1', 'Task_Verify', 1, '县教育局'), task('t-2', 'Task_Verify', 2, '某镇')],
  returns: [],
};

const pending = {
  id: 41,
  unitId: 1,
  orgId: 6,
  orgName: '县教育局',
  taskId: 't-1',
  step: 'Task_Verify',
  reason: REASON,
  dueBefore: '2026-12-01T00:00:00+08:00',
  requestedDue: '2026-12-05T00:00:00+08:00',
  requestedBy: '王老师',
  requestedAt: '2026-11-24T09:30:00+08:00',
  status: 'PENDING',
  grantedDue: null,
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
};

const asked = { ...verifying, extensions: [pending] };

const orgs = [
  { id: 4, code: 'JFB', name: '县委督查室（减负办）', type: 'BURDEN_OFFICE', parentId: null },
  { id: 6, code: 'JYJ', name: '县教育局', type: 'DEPARTMENT', parentId: null },
  { id: 7, code: 'MZ', name: '某镇', type: 'TOWNSHIP', parentId: null },
  { id: 8, code: 'MZJ', name: '县民政局', type: 'DEPARTMENT', parentId: null },
];

const routes = [{ path: '/clues/:id', element: <ClueDetailPage /> }];

function renderClue(user: unknown, clue: unknown, extra: Record<string, unknown> = {}, language: 'zh' | 'en' = 'zh') {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const api = mockFetch({ 'GET /api/auth/me': user, 'GET /api/clues/12': clue, 'GET /api/orgs': orgs, ...extra });
  vi.stubGlobal('fetch', vi.fn(api.fn));
  renderRoutes(routes, '/clues/12', { language });
  return api.calls;
}

const posts = (calls: ReturnType<typeof mockFetch>['calls'], url: string) =>
  calls.filter((c) => c.method === 'POST' && c.url === url);

/** Picks a date in antd's DatePicker as a person types it. */
function pickDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('申请延期 by the assigned unit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for its own step with the day and the reason, keeps them on a refusal, then waits for the office', async () => {
    let answers = 0;
    const calls = renderClue(unitUser, verifying, {
      'GET /api/clues/12': () => jsonResponse(answers >= 2 ? asked : verifying),
      'POST /api/clues/tasks/t-1/extension': () =>
        ++answers === 1
          ? jsonResponse(
              {
                status: 400,
                message: '提交的内容有误',
                fieldErrors: { dueDate: '请选择工作日（2026-12-06是休息日）' },
              },
              400,
            )
          : jsonResponse(asked),
    });
    const panel = await screen.findByTestId('task-panel-verify');
    // only the unit's own step offers it
    expect(screen.getAllByRole('button', { name: '申请延期' })).toHaveLength(1);
    fireEvent.click(within(panel).getByRole('button', { name: '申请延期' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(await within(dialog).findByText('请选择延期至哪一天')).toBeTruthy();
    expect(within(dialog).getByText('请填写延期理由（为什么需要更多时间）')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: '延期理由' }), { target: { value: ` ${REASON} ` } });
    pickDate(within(dialog).getByLabelText('延期至'), '2026-12-06');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    const error = await within(dialog).findByText('请选择工作日（2026-12-06是休息日）');
    expect(error.closest('.ant-form-item')?.textContent).toContain('延期至');
    expect(jsonBody(posts(calls, '/api/clues/tasks/t-1/extension')[0].init)).toEqual({
      dueDate: '2026-12-06',
      reason: REASON,
    });
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: '延期理由' }).value).toContain(REASON);

    pickDate(within(dialog).getByLabelText('延期至'), '2026-12-04');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('已提交延期申请，等待减负办审批')).toBeTruthy();
    expect(jsonBody(posts(calls, '/api/clues/tasks/t-1/extension')[1].init)).toMatchObject({ dueDate: '2026-12-04' });
    expect(await screen.findByText('已申请延期至 2026-12-04，等待减负办审批')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '申请延期' })).toBeNull();
    // the office's decision button is not the unit's
    expect(screen.queryByRole('button', { name: '审批' })).toBeNull();
  });
});

describe('延期申请 answered by the office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('grants to an earlier day, or refuses only with a reason', async () => {
    let answers = 0;
    const granted = {
      ...asked,
      extensions: [
        {
          ...pending,
          status: 'GRANTED',
          grantedDue: '2026-12-04T00:00:00+08:00',
          decidedBy: '孙督查',
          decidedAt: '2026-11-24T11:00:00+08:00',
        },
      ],
    };
    const calls = renderClue(office, asked, {
      'GET /api/clues/12': () => jsonResponse(answers >= 2 ? granted : asked),
      'POST /api/clues/extensions/41/decision': () =>
        ++answers === 1
          ? jsonResponse({ status: 409, message: '该环节已办理，延期申请已失效', fieldErrors: {} }, 409)
          : jsonResponse(granted),
    });
    const card = await screen.findByTestId('extension-41');
    expect(within(card).getByText(REASON)).toBeTruthy();
    expect(within(card).getByText('待审批')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: '审批' }));
    const dialog = await screen.findByRole('dialog');
    // a refusal needs a reason
    fireEvent.click(within(dialog).getByRole('radio', { name: '不同意' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('请填写不同意延期的理由')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(within(dialog).getByRole('radio', { name: '同意延期' }));
    const day = await within(dialog).findByLabelText('同意延期至');
    expect((day as HTMLInputElement).value).toBe('2026-12-04');
    pickDate(day, '2026-12-03');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await within(dialog).findByText('该环节已办理，延期申请已失效')).toBeTruthy();
    expect(jsonBody(posts(calls, '/api/clues/extensions/41/decision')[0].init)).toEqual({
      decision: 'GRANT',
      dueDate: '2026-12-03',
      note: null,
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交' }));
    expect(await screen.findByText('已审批延期申请')).toBeTruthy();
    expect(await screen.findByText('已同意延期至 2026-12-03')).toBeTruthy();
  });

  it('speaks English', async () => {
    renderClue(office, asked, {}, 'en');
    expect(await screen.findByText('Requests for more time')).toBeTruthy();
    expect(screen.getByText('Awaiting decision')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Decide' })).toBeTruthy();
  });
});
