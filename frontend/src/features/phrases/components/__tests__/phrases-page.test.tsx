import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { PhrasesPage } from '../phrases-page';

const first = { id: 1, text: '同意。' };
const second = { id: 2, text: '请补充依据𠀀😀' };

function setup(language: 'zh' | 'en' = 'zh') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/me/phrases': [first, second],
    'POST /api/me/phrases': () => jsonResponse({ status: 409, message: '已有相同的常用意见' }, 409),
    'PUT /api/me/phrases/order': [second, first],
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/', element: <PhrasesPage /> }], '/', { language });
  return calls;
}

describe('PhrasesPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the phrases, moves one up and says why a duplicate is refused', async () => {
    const calls = setup();
    expect(await screen.findByText('请补充依据𠀀😀')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '上移' })[0]).toHaveProperty('disabled', true);
    fireEvent.click(screen.getAllByRole('button', { name: '上移' })[1]);
    await waitFor(() => {
      const put = calls.find((c) => c.method === 'PUT' && c.url === '/api/me/phrases/order');
      expect(JSON.parse(put?.init?.body as string)).toEqual({ ids: [2, 1] });
    });

    fireEvent.change(screen.getByRole('textbox', { name: '输入一条常用意见' }), { target: { value: '同意。' } });
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('已有相同的常用意见')).toBeTruthy();
  });

  it('speaks English', async () => {
    setup('en');
    expect(await screen.findByText('My saved phrases')).toBeTruthy();
    expect(await screen.findByText('同意。')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Delete' })).toHaveLength(2);
  });
});
