import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  buildUrl,
  CSRF_HEADER,
  fileNameFromDisposition,
  IDEMPOTENCY_HEADER,
  parseError,
  request,
  retryPolicy,
  setUnauthorizedHandler,
} from '../api-client';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const fetchMock = vi.fn<typeof fetch>();
const onUnauthorized = vi.fn();

beforeEach(() => {
  fetchMock.mockReset();
  onUnauthorized.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setUnauthorizedHandler(onUnauthorized);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const headersOf = (call: number) => (fetchMock.mock.calls[call][1]?.headers ?? {}) as Record<string, string>;

describe('error parsing', () => {
  it('throws an ApiError carrying status, message and fieldErrors', async () => {
    fetchMock.mockResolvedValueOnce(
      json({ status: 400, message: '提交的内容有误，请按提示修改', fieldErrors: { itemName: '请填写事项名称' } }, 400),
    );
    const error = await api.get('/api/admission/applications/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.message).toBe('提交的内容有误，请按提示修改');
    expect(e.fieldErrors).toEqual({ itemName: '请填写事项名称' });
    expect(e.hasFieldErrors).toBe(true);
  });

  it('falls back to a Chinese message when the body is not JSON', async () => {
    const e = await parseError(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(e.status).toBe(502);
    expect(e.message).toBe('服务器繁忙，请稍后再试');
    expect(e.fieldErrors).toEqual({});
    expect((await parseError(new Response('', { status: 413 }))).message).toContain('10MB');
    expect((await parseError(new Response('', { status: 429 }))).message).toBe('尝试次数过多，请稍后再试');
  });

  it('keeps the server message for 409, 413, 415 and 429', async () => {
    for (const [status, message] of [
      [409, '该申请已提交'],
      [413, '文件不能超过10MB'],
      [415, '不允许的文件类型'],
      [429, '尝试次数过多，请15分钟后再试'],
    ] as const) {
      const e = await parseError(json({ status, message }, status));
      expect([e.status, e.message]).toEqual([status, message]);
    }
  });

  it('reports a network failure as status 0', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const e = (await api.get('/api/inbox').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
    expect(e.message).toBe('网络连接失败，请检查网络后重试');
  });
});

describe('requests', () => {
  it('GET sends cookies, no CSRF header, and drops empty query params', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [], total: 0, page: 1, size: 20 }));
    const page = await api.get('/api/admission/applications', {
      params: { scope: 'mine', status: null, keyword: '', page: 1 },
    });
    expect(page).toEqual({ items: [], total: 0, page: 1, size: 20 });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/admission/applications?scope=mine&page=1');
    expect(init?.credentials).toBe('same-origin');
    expect(headersOf(0)[CSRF_HEADER]).toBeUndefined();
  });

  it('non-GET sends the XSRF-TOKEN cookie as X-XSRF-TOKEN and JSON', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123; path=/';
    fetchMock.mockResolvedValueOnce(json({ id: 1 }, 201));
    await api.post('/api/admission/applications', { itemName: 'x' }, { headers: { 'Idempotency-Key': 'k-1' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const h = headersOf(0);
    expect(h[CSRF_HEADER]).toBe('abc-123');
    expect(h['Content-Type']).toBe('application/json');
    expect(h['Idempotency-Key']).toBe('k-1');
    expect(fetchMock.mock.calls[0][1]?.body).toBe(JSON.stringify({ itemName: 'x' }));
  });

  it('asks /api/auth/csrf for a token when the cookie is missing', async () => {
    fetchMock
      .mockImplementationOnce(() => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return Promise.resolve(json({ token: 'fresh', headerName: 'X-XSRF-TOKEN' }));
      })
      .mockResolvedValueOnce(json({ username: 'u' }));
    await api.post('/api/auth/login', { username: 'u', password: 'p' });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/csrf');
    expect(fetchMock.mock.calls[1][0]).toBe('/api/auth/login');
    expect(headersOf(1)[CSRF_HEADER]).toBe('fresh');
  });

  it('uses the token from the csrf answer when the cookie cannot be read', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'from-body', headerName: 'X-XSRF-TOKEN' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(headersOf(1)[CSRF_HEADER]).toBe('from-body');
  });

  it('retries once with a fresh token after a 403 caused by a rotated CSRF token', async () => {
    document.cookie = 'XSRF-TOKEN=old; path=/';
    fetchMock
      .mockResolvedValueOnce(json({ status: 403, message: '没有权限' }, 403))
      .mockImplementationOnce(() => {
        document.cookie = 'XSRF-TOKEN=new; path=/';
        return Promise.resolve(json({ token: 'new' }));
      })
      .mockResolvedValueOnce(json({ ok: true }));
    await expect(api.put('/api/orgs/1', { name: 'x' })).resolves.toEqual({ ok: true });
    expect(headersOf(2)[CSRF_HEADER]).toBe('new');
  });

  it('does not retry a 403 when the token did not change', async () => {
    document.cookie = 'XSRF-TOKEN=same; path=/';
    fetchMock
      .mockResolvedValueOnce(json({ status: 403, message: '没有权限执行此操作' }, 403))
      .mockResolvedValueOnce(json({ token: 'same' }));
    const e = (await api.post('/api/users', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(403);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reads text bodies (BPMN XML) and sends FormData without a JSON content type', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<definitions/>', { headers: { 'Content-Type': 'application/xml' } }));
    await expect(api.get<string>('/api/admission/process-diagram', { responseType: 'text' })).resolves.toBe(
      '<definitions/>',
    );
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fetchMock.mockResolvedValueOnce(json({ id: 9 }));
    const body = new FormData();
    body.append('file', new Blob(['x']), 'a.pdf');
    await request('POST', '/api/admission/applications/1/attachments', { body });
    expect(fetchMock.mock.calls[1][1]?.body).toBe(body);
    expect(headersOf(1)['Content-Type']).toBeUndefined();
    expect(headersOf(1)[CSRF_HEADER]).toBe('t');
  });
});

describe('401 handling', () => {
  it('sends the user to the login page with the return path', async () => {
    window.history.pushState({}, '', '/applications/5?tab=x');
    fetchMock.mockResolvedValueOnce(json({ status: 401, message: '请先登录' }, 401));
    await expect(api.get('/api/admission/applications/5')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledWith('/applications/5?tab=x');
  });

  it('does not redirect for /api/auth/me or the login call itself', async () => {
    fetchMock.mockResolvedValueOnce(json({ status: 401, message: '未登录' }, 401));
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({ status: 401 });
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fetchMock.mockResolvedValueOnce(json({ status: 401, message: '用户名或密码错误' }, 401));
    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({ message: '用户名或密码错误' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  it('builds query strings', () => {
    expect(buildUrl('/a', { x: 1, y: undefined, z: 'a b' })).toBe('/a?x=1&z=a+b');
    expect(buildUrl('/a?p=1', { q: '准入' })).toBe('/a?p=1&q=%E5%87%86%E5%85%A5');
    expect(buildUrl('/a', {})).toBe('/a');
  });

  it('reads file names from Content-Disposition', () => {
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E5%87%86%E5%85%A5%E6%B8%85%E5%8D%95.xlsx", 'f')).toBe(
      '准入清单.xlsx',
    );
    expect(fileNameFromDisposition('attachment; filename="list.xlsx"', 'f')).toBe('list.xlsx');
    expect(fileNameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});

describe('idempotent state-changing calls', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    retryPolicy.waitMs = () => 0;
  });

  it('sends an Idempotency-Key with every state-changing call and none with a GET', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json({ ok: true })));
    await api.get('/api/inbox');
    await api.post('/api/clues', { a: 1 });
    await api.post('/api/clues', { a: 1 });
    expect(headersOf(0)[IDEMPOTENCY_HEADER]).toBeUndefined();
    expect(headersOf(1)[IDEMPOTENCY_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headersOf(2)[IDEMPOTENCY_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headersOf(2)[IDEMPOTENCY_HEADER]).not.toBe(headersOf(1)[IDEMPOTENCY_HEADER]);
  });

  it('tries again with the same key after a network failure and a 503', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ status: 503, message: '系统暂时无法访问数据库' }), {
          status: 503,
          headers: { 'Retry-After': '5' },
        }),
      )
      .mockResolvedValueOnce(json({ id: 7 }, 201));
    const waits: (number | null)[] = [];
    retryPolicy.waitMs = (s) => {
      waits.push(s);
      return 0;
    };
    await expect(api.post('/api/clues/7/supervisions', { text: '督办' })).resolves.toEqual({ id: 7 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const keys = [0, 1, 2].map((i) => headersOf(i)[IDEMPOTENCY_HEADER]);
    expect(new Set(keys).size).toBe(1);
    expect(waits).toEqual([null, 5]);
  });

  it('gives up after three tries and says the network failed', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const e = (await api.post('/api/clues', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(0);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('never repeats a portal or sign-in call by itself, and keeps a key the caller chose', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await api.post('/api/public/clues/supplement', {}).catch(() => undefined);
    await api.post('/api/auth/login', {}).catch(() => undefined);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    fetchMock.mockReset();
    fetchMock.mockResolvedValueOnce(json({ ok: true }));
    await api.post('/api/public/clues', {}, { headers: { [IDEMPOTENCY_HEADER]: 'my-own-key-0123456789' } });
    expect(headersOf(0)[IDEMPOTENCY_HEADER]).toBe('my-own-key-0123456789');
  });
});
