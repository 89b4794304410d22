import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { clueDetailBase } from '../../testing/clue-detail-base';
import { ClueDetailPage } from '../clue-detail-page';

vi.mock('@/components/ui/process-diagram', () => ({ default: () => <div data-testid="process-diagram" /> }));

const officer = {
  username: 'jianfuban',
  displayName: '孙督查',
  orgId: 4,
  orgName: '县委督查室（减负办）',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const unitUser = {
  ...officer,
  username: 'jiaoyu',
  orgId: 6,
  orgName: '县教育局',
  orgType: 'DEPARTMENT',
  roles: ['APPLICANT'],
};

const clue = {
  id: 12,
  clueNo: 'XS-2026-0012',
  ...clueDetailBase,
  units: [],
  currentTasks: [
    {
      taskId: 't-1',
      taskKey: 'Task_Verify',
      name: '核查',
      unitId: 1,
      unitName: '县教育局',
      assignee: null,
      created: '2026-11-20T10:00:00+08:00',
      due: '2026-12-10T10:00:00+08:00',
      overdue: false,
    },
  ],
};

const routes = [{ path: '/clues/:id', element: <ClueDetailPage /> }];

describe('ClueDetailPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the office nudge the units holding the verification, and says so when it was done today', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let nudges = 0;
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': officer,
      'GET /api/clues/12': clue,
      'POST /api/clues/12/nudge': () => {
        nudges++;
        return nudges === 1
          ? jsonResponse(clue)
          : jsonResponse({ status: 409, message: '今天已经催办过，请明天再催', fieldErrors: {} }, 409);
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/clues/12');
    fireEvent.click(await screen.findByRole('button', { name: /催办/ }));
    expect(await screen.findByText('已催办，承办单位会收到提醒')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /催办/ }));
    expect(await screen.findByText('今天已经催办过，请明天再催')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });

  it('offers no nudge to the unit itself', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': unitUser, 'GET /api/clues/12': clue }).fn));
    renderRoutes(routes, '/clues/12');
    expect(await screen.findByRole('heading', { name: /XS-2026-0012/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /催办/ })).toBeNull();
  });

  it('names the colleague who claimed the step by their name, not their user name', async () => {
    const claimed = {
      ...clue,
      units: [
        {
          id: 1,
          orgId: 6,
          orgName: '县教育局',
          role: 'DEPARTMENT',
          status: 'VERIFYING',
          statusLabel: '核查中',
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
        },
      ],
      currentTasks: [{ ...clue.currentTasks[0], assignee: 'jiaoyu2', assigneeName: '钱同事😀', delegatedBy: null }],
    };
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': unitUser, 'GET /api/clues/12': claimed }).fn));
    renderRoutes(routes, '/clues/12');
    expect(await screen.findByText('该任务已由 钱同事😀 签收。')).toBeTruthy();
    expect(screen.queryByText(/jiaoyu2/)).toBeNull();
  });
});
