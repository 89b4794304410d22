import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { routes } from '../router';

describe('routes (every page loaded lazily)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads and shows the public report page in the public layout', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/public/orgs': [] }).fn));
    renderRoutes(routes, '/public/report');
    expect(await screen.findByRole('heading', { name: '反映减负问题', level: 1 })).toBeTruthy();
    expect(screen.getByRole('link', { name: /登录/ })).toBeTruthy();
  });

  it('sends an anonymous visitor of a staff page to the login page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401) }).fn),
    );
    const { router } = renderRoutes(routes, '/clues');
    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirectTo=%2Fclues');
  });

  it('shows a staff page only to the roles it is for', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockFetch({
          'GET /api/auth/me': {
            username: 'u1',
            displayName: '王五',
            orgId: 3,
            orgName: '县教育局',
            orgType: 'COUNTY_DEPT',
            roles: ['APPLICANT'],
          },
        }).fn,
      ),
    );
    renderRoutes(routes, '/admin/users');
    expect(await screen.findByText('没有权限访问此页面')).toBeTruthy();
  });

  it('opens the synonym list to the office and the administrators only', async () => {
    const me = (roles: string[]) => ({
      username: 'u1',
      displayName: '王五',
      orgId: 3,
      orgName: '县委督查室（减负办）',
      orgType: 'BURDEN_OFFICE',
      roles,
    });
    const synonyms = [
      {
        id: 1,
        terms: ['打卡', '签到'],
        createdAt: '2026-11-20T09:00:00+08:00',
        updatedAt: '2026-11-20T09:00:00+08:00',
      },
    ];
    for (const roles of [['OFFICE'], ['ADMIN']]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(mockFetch({ 'GET /api/auth/me': me(roles), 'GET /api/search/synonyms': synonyms }).fn),
      );
      const { unmount } = renderRoutes(routes, '/admin/synonyms');
      expect(await screen.findByText('签到')).toBeTruthy();
      unmount();
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': me(['VERIFIER']), 'GET /api/search/synonyms': synonyms }).fn),
    );
    renderRoutes(routes, '/admin/synonyms');
    expect(await screen.findByText('没有权限访问此页面')).toBeTruthy();
    expect(screen.queryByText('签到')).toBeNull();
  });
  it('opens the working calendar to administrators only', async () => {
    const me = (roles: string[]) => ({
      username: 'u1',
      displayName: '王五',
      orgId: 3,
      orgName: '县委督查室（减负办）',
      orgType: 'BURDEN_OFFICE',
      roles,
    });
    const days = [
      {
        id: 1,
        date: '2026-10-01',
        kind: 'HOLIDAY',
        name: '国庆节',
        changedBy: '系统',
        changedAt: '2026-11-20T09:00:00+08:00',
      },
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': me(['ADMIN']), 'GET /api/calendar/special-days': days }).fn),
    );
    const { unmount } = renderRoutes(routes, '/admin/calendar?year=2026');
    expect(await screen.findByText('2026-10-01 周四')).toBeTruthy();
    unmount();
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': me(['OFFICE']), 'GET /api/calendar/special-days': days }).fn),
    );
    renderRoutes(routes, '/admin/calendar');
    expect(await screen.findByText('没有权限访问此页面')).toBeTruthy();
    expect(screen.queryByText('2026-10-01 周四')).toBeNull();
  });
  it('opens the recurring problems to the roles that may see them only', async () => {
    const me = (roles: string[]) => ({
      username: 'u1',
      displayName: '王五',
      orgId: 3,
      orgName: '城关镇',
      orgType: 'TOWNSHIP',
      roles,
    });
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
    const { unmount } = renderRoutes(routes, '/recurring');
    expect(await screen.findByText('没有权限访问此页面')).toBeTruthy();
    unmount();
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': me(['VERIFIER']), 'GET /api/recurring-problems': [] }).fn),
    );
    renderRoutes(routes, '/recurring');
    expect(await screen.findByRole('heading', { name: '未诉先办', level: 1 })).toBeTruthy();
  });
});
