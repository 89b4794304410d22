import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { LoginPage } from '../login-page';

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/inbox', element: <h1>inbox page</h1> },
  { path: '/public/lookup', element: <h1>lookup page</h1> },
  { path: '/two-factor/setup', element: <h1>setup page</h1> },
];

const ADMIN = {
  username: 'admin',
  displayName: '管理员',
  orgId: 1,
  orgName: '县委办',
  orgType: 'COUNTY_DEPT',
  roles: ['ADMIN'],
};

/** window.location.assign, watched (jsdom cannot navigate). */
function stubAssign() {
  const assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, assign });
  return assign;
}

async function fill(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
}

/** Enter in a field (antd's Input waits for the key to come up before the next Enter). */
function pressEnter(el: HTMLElement) {
  fireEvent.keyDown(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.keyUp(el, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('LoginPage', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the server message for wrong credentials and for throttling', async () => {
    let attempts = 0;
    const { fn } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
      'POST /api/auth/login': () =>
        ++attempts === 1
          ? jsonResponse({ status: 401, message: '用户名或密码错误' }, 401)
          : jsonResponse({ status: 429, message: '登录失败次数过多，请15分钟后再试' }, 429),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/login');

    await fill('zhangsan', 'wrong');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();

    await fill('zhangsan', 'wrong-again');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('登录失败次数过多，请15分钟后再试')).toBeTruthy();
    expect(screen.getByRole('link', { name: /准入事项公开查询/ })).toBeTruthy();
  });

  it('asks for both fields before calling the server', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/login');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/auth/login')).toBe(false);
  });

  it('goes to the requested page after a successful login', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
      'POST /api/auth/login': {
        username: 'zhangsan',
        displayName: '张三',
        orgId: 3,
        orgName: '县教育局',
        orgType: 'COUNTY_DEPT',
        roles: ['APPLICANT'],
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/login?redirectTo=%2Fpublic%2Flookup');
    await fill('zhangsan', 'secret-password');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: 'lookup page' })).toBeTruthy();
    const login = calls.find((c) => c.url === '/api/auth/login');
    expect(jsonBody(login?.init)).toEqual({ username: 'zhangsan', password: 'secret-password' });
    await waitFor(() => expect((login?.init?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('t'));
  });

  it('loads a Camunda webapp target in the browser instead of routing to it', async () => {
    const assign = stubAssign();
    const { fn } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
      'POST /api/auth/login': ADMIN,
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(routes, '/login?redirectTo=%2Fcamunda%2Fapp%2F');
    await fill('admin', 'secret-password');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/camunda/app/'));
    expect(assign).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/login');
  });

  it('sends a signed-in user straight to an engine REST target', async () => {
    const assign = stubAssign();
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': ADMIN }).fn));
    renderRoutes(routes, '/login?redirectTo=%2Fengine-rest%2Fengine');
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/engine-rest/engine'));
  });

  it('never leaves the site for an off-site target that mentions camunda', async () => {
    const assign = stubAssign();
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': ADMIN }).fn));
    renderRoutes(routes, '/login?redirectTo=%2F%2Fevil.example%2Fcamunda%2F');
    expect(await screen.findByRole('heading', { name: 'inbox page' })).toBeTruthy();
    expect(assign).not.toHaveBeenCalled();
  });

  it('asks for the code from the app after the password, and takes a recovery code instead', async () => {
    let attempts = 0;
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
      'POST /api/auth/login': { twoFactorRequired: true },
      'POST /api/auth/login/two-factor': () =>
        ++attempts === 1
          ? jsonResponse({ status: 401, message: '验证码不正确' }, 401)
          : jsonResponse({ ...ADMIN, twoFactorSetupRequired: false }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/login?redirectTo=%2Fpublic%2Flookup');
    await fill('admin', 'secret-password');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));

    const code = await screen.findByLabelText('验证码');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    fireEvent.change(code, { target: { value: '12' } });
    pressEnter(code);
    expect(await screen.findByText('验证码是6位数字')).toBeTruthy();

    const again = screen.getByLabelText('验证码');
    fireEvent.change(again, { target: { value: '123456' } });
    pressEnter(again);
    expect(await screen.findByText('验证码不正确')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.url === '/api/auth/login/two-factor')?.init)).toEqual({ code: '123456' });

    fireEvent.click(screen.getByRole('button', { name: '手机不在身边？使用恢复码' }));
    fireEvent.change(await screen.findByLabelText('恢复码'), { target: { value: ' abcd-efgh ' } });
    fireEvent.click(screen.getByRole('button', { name: '验证并登录' }));
    expect(await screen.findByRole('heading', { name: 'lookup page' })).toBeTruthy();
    expect(jsonBody(calls.filter((c) => c.url === '/api/auth/login/two-factor')[1]?.init)).toEqual({
      code: 'abcd-efgh',
    });
  });

  it('sends a user who must set up two-factor sign-in to the setup page', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401),
      'POST /api/auth/login': { ...ADMIN, twoFactorSetupRequired: true },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(routes, '/login?redirectTo=%2Fpublic%2Flookup');
    await fill('li', 'secret-password');
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: 'setup page' })).toBeTruthy();
    expect(router.state.location.search).toBe('?redirectTo=%2Fpublic%2Flookup');
  });
});
