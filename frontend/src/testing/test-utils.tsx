import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import type { Language } from '@/lib/i18n';

/** A JSON Response, as the server would send it. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The JSON body a request was sent with (`{}` when it had none). */
export function jsonBody(init: RequestInit | undefined): Record<string, unknown> {
  return typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/** A fetch mock that answers by "METHOD /path" (query string ignored); unknown calls get 404. */
/** Each route is a Handler or a JSON body to answer with. */
export function mockFetch(routes: Record<string, unknown>) {
  const calls: { method: string; url: string; init?: RequestInit }[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ method, url: url.pathname + url.search, init });
    const route = routes[`${method} ${url.pathname}`];
    if (route === undefined) return jsonResponse({ status: 404, message: '未找到相关内容' }, 404);
    if (typeof route === 'function') return (route as Handler)(url, init);
    return jsonResponse(route);
  };
  return { fn, calls };
}

// antd's CSS-in-JS writes thousands of rules; in the document, jsdom's getComputedStyle matches every
// one of them for every element a role query looks at (is it hidden?), which made one page test take
// ten seconds and the suite a quarter of an hour. Written into a node outside the document they cost
// nothing; what tests rely on (hidden attributes, inline display: none, aria) stays in the DOM.
const detachedStyles = document.createElement('div');

/** Renders routes inside the app's providers, at `path`, with a fresh query cache. */
export function renderRoutes(
  routes: RouteObject[],
  path: string,
  options: { language?: Language; extra?: ReactNode } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  const utils = render(
    <StyleProvider container={detachedStyles}>
      <AppProvider queryClient={queryClient} language={options.language ?? 'zh'}>
        <RouterProvider router={router} />
        {options.extra}
      </AppProvider>
    </StyleProvider>,
  );
  return { ...utils, router, queryClient };
}
