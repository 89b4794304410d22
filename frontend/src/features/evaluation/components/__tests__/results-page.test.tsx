import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { RoundResults } from '../../types';
import { ResultsPage } from '../results-page';

const user = (roles: string[], orgType: string) => ({
  username: 'u',
  displayName: '某人',
  orgId: 1,
  orgName: '县教育局',
  orgType,
  roles,
});

const round = {
  id: 5,
  name: '2026年上半年',
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  opensAt: '2026-07-01T08:00:00+08:00',
  closesAt: '2026-07-15T18:00:00+08:00',
  status: 'CLOSED',
  createdName: '孙督查',
  closedAt: '2026-07-15T18:00:00+08:00',
  dimensions: [{ code: 'TASKS', label: '下派任务合理性' }],
  departments: [
    { id: 1, name: '县教育局' },
    { id: 2, name: '县民政局' },
  ],
};

const county: RoundResults = {
  round,
  minRaters: 3,
  raters: 12,
  departments: [
    {
      departmentId: 1,
      departmentName: '县教育局',
      shown: true,
      raters: 4,
      overall: 3.5,
      previousOverall: 3,
      overallChange: 0.5,
      rank: 1,
      dimensions: [{ dimension: 'TASKS', label: '下派任务合理性', average: 3.5, previous: 3, change: 0.5 }],
      comments: ['希望减少报表'],
    },
    { departmentId: 2, departmentName: '县民政局', shown: false, note: '评价人数不足，暂不显示' },
  ],
  ranking: [{ rank: 1, departmentId: 1, departmentName: '县教育局', overall: 3.5 }],
};

function setup(me: object, routes: Record<string, unknown>, language: 'zh' | 'en' = 'zh') {
  const { fn, calls } = mockFetch({ 'GET /api/auth/me': me, 'GET /api/evaluation/rounds': [round], ...routes });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/evaluation/results', element: <ResultsPage /> }], '/evaluation/results', { language });
  return { calls };
}

describe('ResultsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the office every department, the ranking and the change, and only the note below the threshold', async () => {
    setup(user(['OFFICE'], 'BURDEN_OFFICE'), { 'GET /api/evaluation/rounds/5/results': county });
    expect(await screen.findByText('参评人数：12')).toBeTruthy();
    expect(screen.getByText('排名')).toBeTruthy();
    expect(screen.getAllByText('3.50').length).toBeGreaterThan(0);
    expect(screen.getAllByText('+0.50').length).toBeGreaterThan(0);
    expect(screen.getByText('希望减少报表')).toBeTruthy();
    expect(screen.getByText('评价人数不足，暂不显示')).toBeTruthy();
    expect(screen.getByRole('button', { name: /导出 Excel/ })).toBeTruthy();
  });

  it('names the round and the change since the last round with the punctuation of the language', async () => {
    setup(user(['OFFICE'], 'BURDEN_OFFICE'), { 'GET /api/evaluation/rounds/5/results': county });
    expect(await screen.findByText('2026年上半年（已结束）')).toBeTruthy();
    expect(await screen.findByText('+0.50（上轮 3.00）')).toBeTruthy();
  });

  it('in English, without Chinese brackets around the status or the last round', async () => {
    setup(user(['OFFICE'], 'BURDEN_OFFICE'), { 'GET /api/evaluation/rounds/5/results': county }, 'en');
    expect(await screen.findByText('2026年上半年 (Closed)')).toBeTruthy();
    expect(await screen.findByText('+0.50 (Last round 3.00)')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/[（）]/);
  });

  it('shows a department only “too few ratings to show” when it is below the threshold', async () => {
    setup(user(['APPLICANT'], 'COUNTY_DEPT'), {
      'GET /api/evaluation/rounds/5/results': {
        round: { ...round, departments: [round.departments[1]] },
        minRaters: 3,
        departments: [county.departments[1]],
      },
    });
    expect(await screen.findByText('评价人数不足，暂不显示')).toBeTruthy();
    expect(screen.queryByText('排名')).toBeNull();
    expect(screen.queryByText(/参评人数/)).toBeNull();
    expect(screen.queryByText('综合得分')).toBeNull();
  });

  it('tells a department the results come after the round closes', async () => {
    setup(user(['APPLICANT'], 'COUNTY_DEPT'), {
      'GET /api/evaluation/rounds': [{ ...round, status: 'OPEN' }],
      'GET /api/evaluation/rounds/5/results': () =>
        jsonResponse({ status: 409, message: '本轮评价结束后才能查看结果' }, 409),
    });
    expect(await screen.findByText('本轮评价结束后才能查看结果')).toBeTruthy();
  });
});
