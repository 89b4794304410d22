import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { LoginPage } from '../login-page';

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/inbox', element: <h1>inbox page</h1> },
  { path: '/public/lookup', element: <h1>lookup page</h1> },
];

async function fill(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
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
    const { fn, calls } = mockFetch({ 'GET /api/auth/me': () => jsonResponse({ status: 401, message: '未登录' }, 401) });
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
    expect(JSON.parse(String(login?.init?.body))).toEqual({ username: 'zhangsan', password: 'secret-password' });
    await waitFor(() => expect((login?.init?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('t'));
  });
});
