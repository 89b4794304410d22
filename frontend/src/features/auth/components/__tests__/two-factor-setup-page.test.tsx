import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { TwoFactorSetupPage } from '../two-factor-setup-page';
import { TwoFactorAccountPage } from '../two-factor-account-page';

const OFFICE = {
  username: 'li',
  displayName: '李四',
  orgId: 2,
  orgName: '县减负办',
  orgType: 'COUNTY_DEPT',
  roles: ['OFFICE'],
  twoFactorSetupRequired: true,
};

const CODES = Array.from({ length: 10 }, (_, i) => `code-${i}abc-defg`);

const routes = [
  { path: '/two-factor/setup', element: <TwoFactorSetupPage /> },
  { path: '/account/two-factor', element: <TwoFactorAccountPage /> },
  { path: '/clues', element: <h1>clues page</h1> },
];

describe('two-factor setup', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the QR code and the key, checks the first code, then the recovery codes once, then goes on', async () => {
    let enableCalls = 0;
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': OFFICE,
      'POST /api/auth/two-factor/setup': {
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/x',
        qrImage: 'data:image/png;base64,iVBORw0KGgo=',
      },
      'POST /api/auth/two-factor/enable': () =>
        ++enableCalls === 1
          ? jsonResponse(
              { status: 400, message: '请求参数有误', fieldErrors: { code: '验证码不正确，请核对手机上的6位数字' } },
              400,
            )
          : jsonResponse({ recoveryCodes: CODES }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/two-factor/setup?redirectTo=%2Fclues');

    fireEvent.click(await screen.findByRole('button', { name: '获取绑定二维码' }));
    const qr = await screen.findByRole('img', { name: '两步验证绑定二维码' });
    expect(qr.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(screen.getByTestId('two-factor-secret').textContent).toBe('JBSWY3DPEHPK3PXP');
    expect(screen.getByRole('button', { name: '复制密钥' })).toBeTruthy();

    const code = screen.getByLabelText('验证码');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: '启用' }));
    expect(await screen.findByText('验证码不正确，请核对手机上的6位数字')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '222 222' } });
    fireEvent.click(screen.getByRole('button', { name: '启用' }));
    const list = await screen.findByRole('list', { name: '10个恢复码' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(jsonBody(calls.filter((c) => c.url === '/api/auth/two-factor/enable')[1]?.init)).toEqual({
      code: '222222',
    });
    expect(screen.getByRole('button', { name: '复制全部恢复码' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载为文本文件' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '我已保存，继续' }));
    expect(await screen.findByRole('heading', { name: 'clues page' })).toBeTruthy();
  });

  it('explains why a required role cannot turn it off', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/me': { ...OFFICE, twoFactorSetupRequired: false },
      'GET /api/auth/two-factor': { enabled: true, required: true },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/account/two-factor');
    expect(await screen.findByText('已启用')).toBeTruthy();
    expect(screen.getByText(/必须使用两步验证，因此不能关闭/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '关闭两步验证' })).toBeNull();
  });

  it('lets an optional user turn it off with a code', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': { ...OFFICE, roles: ['APPLICANT'], twoFactorSetupRequired: false },
      'GET /api/auth/two-factor': { enabled: true, required: false },
      'POST /api/auth/two-factor/disable': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/account/two-factor');
    fireEvent.change(await screen.findByLabelText('验证码或恢复码'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: '关闭两步验证' }));
    expect(await screen.findByText('两步验证已关闭')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.url === '/api/auth/two-factor/disable')?.init)).toEqual({ code: '123456' });
  });
});
