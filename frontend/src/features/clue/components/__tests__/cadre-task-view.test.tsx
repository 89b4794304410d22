import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ClueDetailPage } from '../clue-detail-page';
import { clueDetailBase } from '../../testing/clue-detail-base';

vi.mock('@/components/ui/process-diagram', () => ({ default: () => <div data-testid="process-diagram" /> }));

const cadre = {
  username: 'cungan',
  displayName: '周村干',
  orgId: 9,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
};

const unit = (status: string) => ({
  id: 1,
  orgId: 9,
  orgName: '东关社区',
  role: 'GRASSROOTS',
  status,
  statusLabel: status,
  outcome: status === 'VERIFYING' ? null : 'SUBSTANTIATED',
  findings: null,
  verifiedAt: status === 'VERIFYING' ? null : '2026-11-21T10:00:00+08:00',
  plan: null,
  planDeadline: null,
  plannedAt: null,
  report: null,
  reportedAt: null,
  acceptedAt: null,
  sendBackCount: 0,
});

const task = (taskId: string, taskKey: string, name: string) => ({
  taskId,
  taskKey,
  name,
  unitId: 1,
  unitName: '东关社区',
  assignee: null,
  created: '2026-11-20T10:00:00+08:00',
  due: '2026-12-01T17:30:00+08:00',
  overdue: false,
  delegatedBy: null,
});

const milestone = (key: string, state: string, at: string | null, people: string[]) => ({
  key,
  label: key,
  state,
  outcome: null,
  at,
  people,
});

const verifying = {
  id: 12,
  clueNo: 'XS-2026-0012',
  ...clueDetailBase,
  reportedOrgId: 9,
  reportedOrgName: '东关社区',
  units: [unit('VERIFYING')],
  currentTasks: [task('t-1', 'Task_Verify', '联合核查')],
  milestones: [
    milestone('ASSIGNED', 'DONE', '2026-11-20T10:00:00+08:00', ['孙督查']),
    milestone('VERIFIED', 'CURRENT', null, []),
    milestone('RECTIFIED', 'WAITING', null, []),
    milestone('ANSWERED', 'WAITING', null, []),
  ],
};

const planning = {
  ...verifying,
  status: 'RECTIFYING',
  units: [unit('PLANNING')],
  currentTasks: [task('t-2', 'Task_Plan', '制定整改方案')],
  milestones: [
    milestone('ASSIGNED', 'DONE', '2026-11-20T10:00:00+08:00', ['孙督查']),
    milestone('VERIFIED', 'DONE', '2026-11-21T10:00:00+08:00', ['周村干']),
    milestone('RECTIFIED', 'CURRENT', null, []),
    milestone('ANSWERED', 'WAITING', null, []),
  ],
};

function renderClue(routes: Record<string, unknown>) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  const api = mockFetch({ 'GET /api/auth/me': cadre, 'GET /api/orgs': [], ...routes });
  vi.stubGlobal('fetch', vi.fn(api.fn));
  const utils = renderRoutes([{ path: '/clues/:id', element: <ClueDetailPage /> }], '/clues/12');
  return { calls: api.calls, ...utils };
}

describe("the cadre's task view", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts what is asked, by when, and the one form first, with the camera offered for evidence', async () => {
    const { container } = renderClue({ 'GET /api/clues/12': verifying });
    const view = await screen.findByTestId('cadre-task-view');
    expect(within(view).getByTestId('cadre-due').textContent).toContain('2026-12-01');
    expect(within(view).getByTestId('cadre-due').textContent).toContain('联合核查');
    const form = within(view).getByTestId('task-panel-verify');
    const details = screen.getByText('线索内容');
    // the form comes before the clue's details in the page
    expect(form.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const camera = container.querySelector<HTMLInputElement>('.camera-upload input[type=file]');
    expect(camera?.getAttribute('accept')).toBe('image/*');
    expect(camera?.getAttribute('capture')).toBe('environment');
    expect(container.querySelectorAll('input[type=file]').length).toBeGreaterThanOrEqual(2);
    expect(within(view).getByTestId('step-ASSIGNED').textContent).toContain('孙督查');
  });

  it('shows the next step of the same clue in place of the one just done', async () => {
    let verified = false;
    const { calls } = renderClue({
      'GET /api/clues/12': () => jsonResponse(verified ? planning : verifying),
      'POST /api/clues/tasks/t-1/verify': () => {
        verified = true;
        return jsonResponse(planning);
      },
    });
    const verify = await screen.findByTestId('task-panel-verify');
    fireEvent.click(within(verify).getByRole('radio', { name: '属实' }));
    fireEvent.change(within(verify).getByRole('textbox', { name: '核查情况' }), { target: { value: '属实 📷' } });
    fireEvent.click(within(verify).getByRole('button', { name: '提交' }));
    await screen.findByTestId('task-panel-plan');
    expect(screen.queryByTestId('task-panel-verify')).toBeNull();
    expect(jsonBody(calls.find((c) => c.method === 'POST')!.init)).toEqual({
      outcome: 'SUBSTANTIATED',
      findings: '属实 📷',
    });
    expect(screen.getByTestId('cadre-due').textContent).toContain('制定整改方案');
    expect(screen.getByTestId('step-VERIFIED').textContent).toContain('周村干');
  });

  it('says when the cadre has nothing left to do on the clue', async () => {
    renderClue({
      'GET /api/clues/12': { ...planning, currentTasks: [], units: [unit('ACCEPTING')] },
    });
    expect(await screen.findByTestId('cadre-all-done')).toBeTruthy();
    expect(screen.getByRole('button', { name: '回到待办' })).toBeTruthy();
  });
});
