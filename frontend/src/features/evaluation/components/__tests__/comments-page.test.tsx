import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { CommentsPage } from '../comments-page';

const office = {
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const round = { id: 5, name: '2026年上半年', status: 'OPEN', dimensions: [], departments: [] };
const pending = {
  id: 11,
  roundId: 5,
  departmentId: 1,
  departmentName: '县教育局',
  content: '报表太多',
  status: 'PENDING',
  screenedName: null,
  screenedAt: null,
};

describe('CommentsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the pending comments without any rater and approves one', async () => {
    let screened = false;
    const { fn, calls } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'GET /api/auth/me': office,
      'GET /api/evaluation/rounds': [round],
      'GET /api/evaluation/rounds/5/comments': () => jsonResponse(screened ? [] : [pending]),
      'POST /api/evaluation/comments/11/screen': () => {
        screened = true;
        return jsonResponse({ ...pending, status: 'APPROVED' });
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/evaluation/comments', element: <CommentsPage /> }], '/evaluation/comments');
    expect(await screen.findByText('报表太多')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/evaluation/rounds/5/comments?status=PENDING')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '通过：县教育局的意见' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(jsonBody(calls.find((c) => c.method === 'POST')?.init)).toEqual({ decision: 'APPROVED' });
    expect(await screen.findByText('没有待审核的意见')).toBeTruthy();
  });
});
