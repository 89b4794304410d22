import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { routes } from '../../router';

const applicant = {
  username: 'jiaoyu',
  displayName: '王五',
  orgId: 3,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles: ['APPLICANT'],
};

function signedIn(user: unknown) {
  vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': user, 'GET /api/inbox': { items: [], total: 0 } }).fn));
}

function anonymous() {
  vi.stubGlobal(
    'fetch',
    vi.fn(mockFetch({ 'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401) }).fn),
  );
}

describe('NoAccessPage (/no-access, where the server sends non-administrators)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('explains that the engine tools are for administrators and leads a signed-in user back to the workbench', async () => {
    signedIn(applicant);
    const { router } = renderRoutes(routes, '/no-access?to=camunda');

    expect(await screen.findByRole('heading', { name: '系统流程监控仅限系统管理员使用' })).toBeTruthy();
    expect(screen.getByText(/Camunda Cockpit/)).toBeTruthy();
    expect(screen.getByText(/请联系县里的系统管理员/)).toBeTruthy();
    expect(await screen.findByText('当前登录：王五（县教育局）')).toBeTruthy();
    expect(screen.queryByText('页面不存在')).toBeNull();
    const back = screen.getByRole('link', { name: /返回工作台/ });
    expect(back.getAttribute('href')).toBe('/');
    expect(screen.queryByRole('link', { name: /^登录$/ })).toBeNull();

    fireEvent.click(back);
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/inbox'), { timeout: 5000 });
  });

  it('says plainly that any other area is for administrators, and offers the login when not signed in', async () => {
    anonymous();
    renderRoutes(routes, '/no-access');

    expect(await screen.findByRole('heading', { name: '此页面仅限系统管理员使用' })).toBeTruthy();
    expect(screen.queryByText(/Camunda/)).toBeNull();
    expect(screen.getByText(/请联系县里的系统管理员/)).toBeTruthy();
    const login = await screen.findByRole('link', { name: /登录/ });
    expect(login.getAttribute('href')).toBe('/login');
    expect(screen.getByText('您还没有登录。系统管理员请先登录。')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /返回工作台/ })).toBeNull();
  });

  it('takes an administrator who signs in from the Cockpit notice back to the Cockpit', async () => {
    anonymous();
    renderRoutes(routes, '/no-access?to=camunda');
    const login = await screen.findByRole('link', { name: /登录/ });
    expect(login.getAttribute('href')).toBe('/login?redirectTo=%2Fcamunda%2Fapp%2F');
  });

  it('is in English when English is chosen, and switches back to Chinese', async () => {
    signedIn(applicant);
    renderRoutes(routes, '/no-access?to=camunda', { language: 'en' });

    expect(await screen.findByRole('heading', { name: 'Process monitoring is for administrators only' })).toBeTruthy();
    expect(screen.getByText(/ask the county’s system administrator/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: /Back to the workbench/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /中文|切换语言|Switch language/ }));
    expect(await screen.findByRole('heading', { name: '系统流程监控仅限系统管理员使用' })).toBeTruthy();
  });
});
