import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import type { ClueSummary } from '../../types';
import { CluesPage } from '../clues-page';

const office = {
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};

const orgs = [
  { id: 7, code: 'YJJ', name: '县应急管理局', type: 'COUNTY_DEPT', parentId: null },
  { id: 12, code: 'T-CG', name: '城关镇', type: 'TOWNSHIP', parentId: null },
];

const clue: ClueSummary = {
  id: 3,
  clueNo: 'XS-2026-0003',
  category: 'FINGERTIP_FORMALISM',
  categoryLabel: '指尖上的形式主义',
  source: 'PORTAL',
  reportedUnitName: '县应急管理局',
  place: null,
  excerpt: '每天在工作群打卡',
  status: 'CLOSED',
  statusLabel: '已办结',
  unitNames: ['县应急管理局'],
  dualAssigned: false,
  typical: false,
  createdAt: '2026-09-01T10:00:00+08:00',
  closedAt: '2026-09-20T10:00:00+08:00',
};

function setup(path: string, language: 'zh' | 'en' = 'zh') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': office,
    'GET /api/orgs': orgs,
    'GET /api/clues': { items: [clue], total: 1, page: 1, size: 20 },
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/clues', element: <CluesPage /> }], path, { language });
  return calls;
}

describe('CluesPage, opened from a dashboard figure', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the unit the list is narrowed to, with the figure', async () => {
    const calls = setup('/clues?scope=all&unitOrgId=7&bucket=RATED');
    expect(await screen.findByText('驾驶舱下钻：交办给县应急管理局，已评价的线索')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/clues?scope=all&unitOrgId=7&bucket=RATED&page=1&size=20')).toBe(true);
  });

  it('names the township, and says the same in English', async () => {
    setup('/clues?scope=all&townshipId=12', 'en');
    expect(await screen.findByText('From the dashboard: assigned to 城关镇 or one of its villages')).toBeTruthy();
  });

  it('asks for no organisations when the figure is not about one', async () => {
    const calls = setup('/clues?scope=all&bucket=CLOSED');
    expect(await screen.findByText('驾驶舱下钻：已办结的线索')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/orgs')).toBe(false);
  });
});

describe('CluesPage, the 督办 filter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks only for the clues with a supervision order awaiting its answer', async () => {
    const calls = setup('/clues?scope=unit&supervised=true');
    expect(await screen.findByText('待反馈督办')).toBeTruthy();
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain('/api/clues?scope=unit&supervised=true&page=1&size=20'),
    );
    expect(calls.filter((c) => c.url.startsWith('/api/clues?')).every((c) => c.url.includes('supervised=true'))).toBe(
      true,
    );
  });
});
