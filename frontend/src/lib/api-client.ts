// fetch wrapper for the Jianfu HTTP API (docs/api.md).
// - session cookie (credentials: same-origin)
// - CSRF: non-GET requests carry X-XSRF-TOKEN = value of the XSRF-TOKEN cookie
//   (GET /api/auth/csrf first when the cookie is missing)
// - JSON in/out; errors `{status, message, fieldErrors}` are thrown as ApiError
// - a response without a message gets one from the dictionary, in the language the user chose
// - 401 from anything but /api/auth/me (and the login call) sends the browser to the login page
// - every state-changing call carries an Idempotency-Key; when the network drops or the server
//   answers 503, the call is tried again with the same key, so it never takes effect twice
import { isOneOf } from './enums';
import { currentTranslator } from './i18n';
import { randomUuid } from './uuid';

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly fieldErrors: FieldErrors;

  constructor(status: number, message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fieldErrors = fieldErrors;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export type Page<T> = { items: T[]; total: number; page: number; size: number };

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const CSRF_URL = '/api/auth/csrf';
export const ME_URL = '/api/auth/me';
export const LOGIN_URL = '/api/auth/login';
export const LOGIN_PAGE = '/login';

/** Statuses with a message of their own when the server gives none (e.g. a proxy error page or no network). */
const FALLBACK_STATUSES = ['400', '401', '403', '404', '409', '413', '415', '429'] as const;

/** The message for a failed request without one from the server, in the language the user chose. */
export function fallbackMessage(status: number): string {
  const t = currentTranslator();
  if (status === 0) return t('api.network');
  if (status >= 500) return t('api.5xx');
  const code = String(status);
  return isOneOf(FALLBACK_STATUSES, code) ? t(`api.${code}`) : t('api.other', { status });
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) return decodeURIComponent(c.slice(prefix.length));
  }
  return null;
}

export function buildUrl(url: string, params?: QueryParams): string {
  if (!params) return url;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    qs.append(k, String(v));
  }
  const s = qs.toString();
  if (!s) return url;
  return url.includes('?') ? `${url}&${s}` : `${url}?${s}`;
}

/** Turns any error response into an ApiError, whatever its body. */
export async function parseError(res: Response): Promise<ApiError> {
  let message = '';
  let fieldErrors: FieldErrors = {};
  let status = res.status;
  try {
    const text = await res.text();
    if (text) {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object') {
        const b = body as { status?: unknown; message?: unknown; fieldErrors?: unknown };
        if (typeof b.message === 'string') message = b.message;
        if (typeof b.status === 'number' && b.status >= 400) status = b.status;
        if (b.fieldErrors && typeof b.fieldErrors === 'object') {
          fieldErrors = Object.fromEntries(
            Object.entries(b.fieldErrors as Record<string, unknown>)
              .filter(([, v]) => v !== null && v !== undefined)
              .map(([k, v]) => [k, Array.isArray(v) ? v.join('；') : String(v)]),
          );
        }
      }
    }
  } catch {
    // not JSON (HTML error page, empty body): fall back to a generic message
  }
  return new ApiError(status, message || fallbackMessage(status), fieldErrors);
}

type UnauthorizedHandler = (returnPath: string) => void;

let unauthorizedHandler: UnauthorizedHandler = (returnPath) => {
  window.location.assign(`${LOGIN_PAGE}?redirectTo=${encodeURIComponent(returnPath)}`);
};

/** Lets the app replace the full-page redirect (tests use it too). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  unauthorizedHandler = handler;
}

function currentPath(): string {
  if (typeof window === 'undefined') return '/';
  return window.location.pathname + window.location.search;
}

let csrfPromise: Promise<string | null> | null = null;

/** The token to send: the cookie if present, else ask the server to issue one. */
export async function ensureCsrfToken(force = false): Promise<string | null> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie && !force) return fromCookie;
  if (!csrfPromise) {
    csrfPromise = (async () => {
      try {
        const res = await fetch(CSRF_URL, {
          method: 'GET',
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
        let token: string | null = null;
        if (res.ok) {
          try {
            const body = (await res.json()) as { token?: string };
            token = body.token ?? null;
          } catch {
            token = null;
          }
        }
        // the cookie is authoritative when the browser lets us read it
        return readCookie(CSRF_COOKIE) ?? token;
      } catch {
        return readCookie(CSRF_COOKIE);
      } finally {
        csrfPromise = null;
      }
    })();
  }
  return csrfPromise;
}

export type RequestOptions = {
  params?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** How to read a successful body; default: JSON (or undefined for 204/empty). */
  responseType?: 'json' | 'text' | 'blob';
};

function isFormData(body: unknown): body is FormData {
  return typeof FormData !== 'undefined' && body instanceof FormData;
}

async function send(method: string, url: string, opts: RequestOptions, csrf: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: opts.responseType === 'json' || !opts.responseType ? 'application/json' : '*/*',
    'X-Requested-With': 'XMLHttpRequest',
    ...opts.headers,
  };
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    if (isFormData(opts.body)) {
      body = opts.body; // browser sets the multipart boundary
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
  }
  if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
  return fetch(buildUrl(url, opts.params), {
    method,
    credentials: 'same-origin',
    headers,
    body,
    signal: opts.signal,
  });
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * How often and after how long a state-changing call is tried again after a network failure or a
 * 503 (the database briefly unreachable: nothing was saved). Tests shorten the wait.
 */
export const retryPolicy = {
  tries: 3,
  waitMs: (retryAfterSeconds: number | null): number =>
    retryAfterSeconds === null ? 1000 : Math.min(retryAfterSeconds, 5) * 1000,
};

/** Calls whose Idempotency-Key the server honours for every logged-in user (the portal keeps its own). */
function retriable(method: string, url: string): boolean {
  return (
    method !== 'GET' && url.startsWith('/api/') && !url.startsWith('/api/public/') && !url.startsWith('/api/auth/')
  );
}

function retryAfter(res: Response): number | null {
  const value = Number(res.headers.get('Retry-After'));
  return Number.isFinite(value) && value >= 0 ? value : null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sendOnce(m: string, url: string, opts: RequestOptions, csrf: string | null): Promise<Response> {
  let res = await send(m, url, opts, csrf);
  // A stale CSRF token (e.g. rotated at login) is answered with 403 before anything happens:
  // fetch a fresh token once and retry.
  if (res.status === 403 && m !== 'GET') {
    const fresh = await ensureCsrfToken(true);
    if (fresh && fresh !== csrf) {
      res = await send(m, url, opts, fresh);
    }
  }
  return res;
}

export async function request<T>(method: string, url: string, opts: RequestOptions = {}): Promise<T> {
  const m = method.toUpperCase();
  const csrf = m === 'GET' ? null : await ensureCsrfToken();
  const retry = retriable(m, url);
  if (m !== 'GET' && !opts.headers?.[IDEMPOTENCY_HEADER]) {
    opts = { ...opts, headers: { ...opts.headers, [IDEMPOTENCY_HEADER]: randomUuid() } };
  }
  let res: Response | null = null;
  for (let attempt = 1; res === null; attempt++) {
    const last = !retry || attempt >= retryPolicy.tries;
    try {
      const answer = await sendOnce(m, url, opts, csrf);
      if (answer.status === 503 && !last) {
        await sleep(retryPolicy.waitMs(retryAfter(answer)));
        continue;
      }
      res = answer;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      if (last) throw new ApiError(0, fallbackMessage(0));
      await sleep(retryPolicy.waitMs(null));
    }
  }

  if (!res.ok) {
    const error = await parseError(res);
    const path = url.split('?')[0];
    if (error.status === 401 && path !== ME_URL && !path.startsWith(LOGIN_URL)) {
      const here = currentPath();
      if (!here.startsWith(LOGIN_PAGE)) unauthorizedHandler(here);
    }
    throw error;
  }

  if (opts.responseType === 'blob') return (await res.blob()) as T;
  if (opts.responseType === 'text') return (await res.text()) as T;
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as T;
  }
}

export const api = {
  get: <T>(url: string, opts?: RequestOptions) => request<T>('GET', url, opts),
  post: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', url, { ...opts, body }),
  put: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', url, { ...opts, body }),
  delete: <T = void>(url: string, opts?: RequestOptions) => request<T>('DELETE', url, opts),
};

/** File name from a Content-Disposition header (RFC 5987 filename* preferred). */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}

/** Downloads a file through fetch so that errors (401/403/…) come back as ApiError, not as a JSON page. */
export async function downloadFile(url: string, params: QueryParams | undefined, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(buildUrl(url, params), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, fallbackMessage(0));
  }
  if (!res.ok) {
    const error = await parseError(res);
    if (error.status === 401) unauthorizedHandler(currentPath());
    throw error;
  }
  const blob = await res.blob();
  const name = fileNameFromDisposition(res.headers.get('Content-Disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
