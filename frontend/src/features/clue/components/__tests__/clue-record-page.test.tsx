import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ClueRecordPage } from '../clue-record-page';

describe('ClueRecordPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records a hotline clue and shows the code for the caller once, then opens the clue', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'GET /api/orgs': [{ id: 7, code: 'JYJ', name: '县教育局', type: 'COUNTY_DEPT', parentId: null }],
      'POST /api/clues': () => jsonResponse({ id: 12, clueNo: 'XS-2026-0012', queryCode: 'ZZZZYYYYXXXXWWWWVVVV' }, 201),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(
      [
        { path: '/clues/new', element: <ClueRecordPage /> },
        { path: '/clues/:id', element: <p>clue page</p> },
      ],
      '/clues/new',
    );
    fireEvent.click(await screen.findByRole('radio', { name: '意见信箱' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '问题类别' }));
    fireEvent.click(await screen.findByTitle('文山会海'));
    fireEvent.change(screen.getByLabelText('被反映单位（列表中没有时填写）'), { target: { value: '县某局' } });
    fireEvent.change(screen.getByLabelText('反映的问题'), {
      target: { value: '来信反映：一个月内同一事项发了四个通知' },
    });
    fireEvent.click(screen.getByRole('switch', { name: '匿名反映' }));
    fireEvent.change(await screen.findByLabelText('联系电话'), { target: { value: '13900000000' } });
    fireEvent.click(screen.getByRole('button', { name: '登记线索' }));

    expect((await screen.findByTestId('receipt-query-code')).textContent).toBe('ZZZZYYYYXXXXWWWWVVVV');
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/clues');
    expect(jsonBody(post?.init)).toMatchObject({
      source: 'MAILBOX',
      category: 'MEETINGS_AND_DOCUMENTS',
      anonymous: false,
      reporterName: null,
      reporterPhone: '13900000000',
    });
    fireEvent.click(screen.getByRole('button', { name: '我已保存' }));
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: '已保存' }));
    });
    expect(await screen.findByText('clue page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/clues/12');
  });
});
