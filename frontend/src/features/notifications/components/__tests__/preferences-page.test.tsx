import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { PreferencesPage } from '../preferences-page';

const off = { email: null, emailEnabled: false, webhookTo: null, webhookEnabled: false, dailyDigest: false };

function setup(put: (body: Record<string, unknown>) => Response) {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/notifications/preferences': off,
    'PUT /api/notifications/preferences': (_url: URL, init?: RequestInit) => put(jsonBody(init)),
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/account/notifications', element: <PreferencesPage /> }], '/account/notifications');
  return calls;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

describe('PreferencesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says that in-app messages always arrive and nothing else unless turned on, and saves the channels', async () => {
    const calls = setup((body) => jsonResponse(body));
    expect(await screen.findByText(/站内消息总会送达/)).toBeTruthy();
    expect(screen.getByText(/除非您在这里开启/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('电子邮箱'), { target: { value: ' wang@example.cn ' } });
    fireEvent.click(screen.getByRole('switch', { name: '发邮件提醒' }));
    save();
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(jsonBody(calls.find((c) => c.method === 'PUT')?.init)).toEqual({
      email: 'wang@example.cn',
      emailEnabled: true,
      webhookTo: null,
      webhookEnabled: false,
      dailyDigest: false,
    });
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  it('turns the daily digest on, explaining what it does', async () => {
    const calls = setup((body) => jsonResponse(body));
    expect(await screen.findByText(/每天早上8点汇总成一条/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('电子邮箱'), { target: { value: 'li@example.cn' } });
    fireEvent.click(screen.getByRole('switch', { name: '发邮件提醒' }));
    fireEvent.click(screen.getByRole('switch', { name: '每日摘要' }));
    save();
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(jsonBody(calls.find((c) => c.method === 'PUT')?.init)).toMatchObject({
      email: 'li@example.cn',
      emailEnabled: true,
      dailyDigest: true,
    });
  });

  it('asks for the receiver before turning the gateway on', async () => {
    const calls = setup((body) => jsonResponse(body));
    fireEvent.click(await screen.findByRole('switch', { name: '通过短信/政务微信提醒' }));
    save();
    expect(await screen.findByText('开启短信/政务微信提醒须填写接收号')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('shows the server’s field error on its field', async () => {
    setup(() =>
      jsonResponse({ status: 400, message: '提交的内容有误', fieldErrors: { email: '邮箱格式不正确（服务器）' } }, 400),
    );
    fireEvent.change(await screen.findByLabelText('电子邮箱'), { target: { value: 'wang@example.cn' } });
    save();
    const error = await screen.findByText('邮箱格式不正确（服务器）');
    expect(error.closest('.ant-form-item')?.textContent).toContain('电子邮箱');
  });
});
