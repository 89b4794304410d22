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
const verifier = { ...office, username: 'hecha', orgId: 5, orgName: '县委督查室', roles: ['VERIFIER'] };

const REASON = '反映的是民政事项，不属本局职责𠀀😀';

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
  due: null,
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

const pendingReturn = {
  id: 31,
  unitId: 1,
  orgId: 6,
  orgName: '县教育局',
  reason: REASON,
  returnedBy: 'jiaoyu',
  returnedByName: '王老师𠀀',
  returnedAt: '2026-11-21T09:30:00+08:00',
  decision: null,
  reassignedUnitId: null,
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
};

/** 县教育局 returned it: the office holds 重新交办 for unit 1. */
const returned = {
  ...verifying,
  units: [unit(1, 6, '县教育局', 'RETURNED'), unit(2, 7, '某镇', 'VERIFYING')],
  currentTasks: [task('t-9', 'Task_Reassign', 1, '县教育局'), task('t-2', 'Task_Verify', 2, '某镇')],
  returns: [pendingReturn],
};

const orgs = [
  { id: 4, code: 'JFB', name: '县委督查室（减负办）', type: 'BURDEN_OFFICE', parentId: null },
  { id: 6, code: 'JYJ', name: '县教育局', type: 'DEPARTMENT', parentId: null },
  { id: 7, code: 'MZ', name: '某镇', type: 'TOWNSHIP', parentId: null },
  { id: 8, code: 'MZJ', name: '县民政局', type: 'DEPARTMENT', parentId: null },
];

const routes = [{ path: '/clues/:id', element: <ClueDetailPage /> }];

function renderClue(user: unknown, clue: unknown, extra: Record<string, unknown> = {}) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const api = mockFetch({ 'GET /api/auth/me': user, 'GET /api/clues/12': clue, 'GET /api/orgs': orgs, ...extra });
  vi.stubGlobal('fetch', vi.fn(api.fn));
  renderRoutes(routes, '/clues/12');
  return api.calls;
}

const posts = (calls: ReturnType<typeof mockFetch>['calls'], url: string) =>
  calls.filter((c) => c.method === 'POST' && c.url === url);

describe('退单 by the assigned unit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the reason to its own verify task, keeps it on a refusal and shows the server’s field error', async () => {
    let answers = 0;
    const calls = renderClue(unitUser, verifying, {
      'GET /api/clues/12': () => jsonResponse(answers >= 3 ? returned : verifying),
      'POST /api/clues/tasks/t-1/return': () => {
        answers++;
        if (answers === 1)
          return jsonResponse(
            {
              status: 400,
              message: '提交的内容有误，请按提示修改',
              fieldErrors: { reason: '退单理由不能超过500个字' },
            },
            400,
          );
        if (answers === 2)
          return jsonResponse(
            { status: 409, message: '已超过退单时限（交办后2个工作日内），请按程序核查，或申请延期', fieldErrors: {} },
            409,
          );
        return jsonResponse(returned);
      },
    });
    // only the unit's own verification offers 退单 (one panel: 县教育局's)
    const panel = await screen.findByTestId('task-panel-verify');
    expect(screen.getAllByRole('button', { name: '退单' })).toHaveLength(1);
    expect(within(panel).getByText(/由减负办重新交办/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '退单' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/不属本单位职责/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认退单' }));
    expect(await within(dialog).findByText('请填写退单理由（为什么不属本单位职责）')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    const reason = within(dialog).getByRole('textbox', { name: '退单理由' });
    fireEvent.change(reason, { target: { value: `  ${REASON}  ` } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认退单' }));
    const fieldError = await within(dialog).findByText('退单理由不能超过500个字');
    expect(fieldError.closest('.ant-form-item')?.textContent).toContain('退单理由');
    expect(posts(calls, '/api/clues/tasks/t-1/return')).toHaveLength(1);
    expect(jsonBody(posts(calls, '/api/clues/tasks/t-1/return')[0].init)).toEqual({ reason: REASON });

    // 409: the message in the dialog, the dialog and the reason kept
    fireEvent.click(within(dialog).getByRole('button', { name: '确认退单' }));
    expect(await within(dialog).findByText(/已超过退单时限/)).toBeTruthy();
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: '退单理由' }).value).toContain(REASON);

    fireEvent.click(within(dialog).getByRole('button', { name: '确认退单' }));
    expect(await screen.findByText('已退单，减负办将重新交办')).toBeTruthy();
    expect(posts(calls, '/api/clues/tasks/t-1/return')).toHaveLength(3);
    // the clue is read again and shows the unit as returned, with the 退单记录
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'GET' && c.url === '/api/clues/12').length).toBeGreaterThan(1),
    );
    expect(await screen.findByText('已退单')).toBeTruthy();
    expect(screen.getByText('退单记录')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '退单' })).toBeNull();
  });

  it('is not offered to the verification team, who verify for any unit', async () => {
    renderClue(verifier, verifying);
    expect(await screen.findAllByTestId('task-panel-verify')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '退单' })).toBeNull();
  });
});

describe('重新交办 by the office', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the unit’s reason and reassigns to another unit, not one already on the clue', async () => {
    const calls = renderClue(office, returned, {
      'POST /api/clues/tasks/t-9/reassign': () =>
        jsonResponse({ ...returned, currentTasks: [], returns: [{ ...pendingReturn, decision: 'REASSIGN' }] }),
    });
    const panel = await screen.findByTestId('task-panel-reassign');
    expect(within(panel).getByText(/重新交办 · 县教育局/)).toBeTruthy();
    expect(within(within(panel).getByTestId('reassign-return')).getByText(new RegExp(REASON))).toBeTruthy();
    expect(within(panel).getByTestId('reassign-return').textContent).toContain('王老师𠀀 于');

    fireEvent.click(within(panel).getByRole('button', { name: '提交' }));
    expect(await within(panel).findByText('请选择处理意见')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('radio', { name: '改派其他单位' }));
    const picker = await within(panel).findByRole('combobox', { name: '改派单位' });
    fireEvent.click(within(panel).getByRole('button', { name: '提交' }));
    expect(await within(panel).findByText('请选择重新交办的承办单位')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.mouseDown(picker);
    expect(await screen.findByRole('listbox')).toBeTruthy();
    // neither the office nor the units already on the clue are offered
    expect(document.querySelector('.ant-select-dropdown')?.textContent).not.toContain('县教育局');
    expect(document.querySelector('.ant-select-dropdown')?.textContent).not.toContain('减负办');
    fireEvent.click(await screen.findByTitle('县民政局'));
    fireEvent.click(within(panel).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(posts(calls, '/api/clues/tasks/t-9/reassign')).toHaveLength(1));
    expect(jsonBody(posts(calls, '/api/clues/tasks/t-9/reassign')[0].init)).toEqual({
      decision: 'REASSIGN',
      orgId: 8,
    });
    expect(await screen.findByText('已办理')).toBeTruthy();
  });

  it('lets the other units carry on, sending no unit, and shows a refusal as a message', async () => {
    let answers = 0;
    const calls = renderClue(office, returned, {
      'POST /api/clues/tasks/t-9/reassign': () =>
        ++answers === 1
          ? jsonResponse({ status: 409, message: '没有其他承办单位，请重新交办给其他单位', fieldErrors: {} }, 409)
          : jsonResponse(
              { status: 400, message: '提交的内容有误', fieldErrors: { orgId: '该单位已承办或已退单本线索' } },
              400,
            ),
    });
    const panel = await screen.findByTestId('task-panel-reassign');
    fireEvent.click(within(panel).getByRole('radio', { name: '由其他单位继续核查' }));
    expect(within(panel).queryByRole('combobox', { name: '改派单位' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: '提交' }));
    expect(await screen.findByText('没有其他承办单位，请重新交办给其他单位')).toBeTruthy();
    expect(jsonBody(posts(calls, '/api/clues/tasks/t-9/reassign')[0].init)).toEqual({ decision: 'CONTINUE' });

    // a field error from the server lands under the unit picker
    fireEvent.click(within(panel).getByRole('radio', { name: '改派其他单位' }));
    fireEvent.mouseDown(await within(panel).findByRole('combobox', { name: '改派单位' }));
    fireEvent.click(await screen.findByTitle('县民政局'));
    fireEvent.click(within(panel).getByRole('button', { name: '提交' }));
    const error = await within(panel).findByText('该单位已承办或已退单本线索');
    expect(error.closest('.ant-form-item')?.textContent).toContain('改派单位');
  });
});

describe('退单记录', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each return with the unit, reason, who and when, and the office’s decision', async () => {
    const clue = {
      ...verifying,
      units: [unit(1, 6, '县教育局', 'RETURNED'), unit(2, 7, '某镇', 'VERIFYING'), unit(3, 8, '县民政局', 'VERIFYING')],
      currentTasks: [task('t-2', 'Task_Verify', 2, '某镇'), task('t-3', 'Task_Verify', 3, '县民政局')],
      history: [],
      returns: [
        {
          ...pendingReturn,
          decision: 'REASSIGN',
          reassignedUnitId: 3,
          decidedBy: 'jianfuban',
          decidedByName: '赵减负😀',
          decidedAt: '2026-11-21T15:00:00+08:00',
        },
      ],
    };
    renderClue(unitUser, clue);
    const card = (await screen.findByText('退单记录')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('县教育局')).toBeTruthy();
    expect(within(card).getByText(REASON)).toBeTruthy();
    // people's names from the server, never their user names
    expect(card.textContent).toContain(`王老师𠀀 于 ${formatDateTime(pendingReturn.returnedAt)} 退单`);
    expect(card.textContent).not.toContain('jiaoyu');
    expect(card.textContent).not.toContain('jianfuban');
    expect(within(card).getByText('已改派县民政局')).toBeTruthy();
    expect(card.textContent).toContain(`赵减负😀 于 ${formatDateTime('2026-11-21T15:00:00+08:00')} 处理`);
    expect(screen.getByText('已退单').closest('.ant-tag')?.className).toContain('orange');
  });

  it('is not shown when no unit returned the clue', async () => {
    renderClue(unitUser, verifying);
    expect(await screen.findByRole('heading', { name: /XS-2026-0012/ })).toBeTruthy();
    expect(screen.queryByText('退单记录')).toBeNull();
  });
});
