import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { PublicLookupPage } from '../public-lookup-page';

const routes = [{ path: '/public/lookup', element: <PublicLookupPage /> }];

describe('PublicLookupPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says clearly when an item is not on the list', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/public/admission-items': (url: URL) =>
        new Response(
          JSON.stringify(
            url.searchParams.get('keyword') === '防汛'
              ? {
                  items: [
                    {
                      id: 7,
                      listNo: 'ZR-2026-001',
                      itemName: '防汛物资储备',
                      category: 'COOPERATIVE',
                      leadOrgId: 3,
                      leadOrgName: '县应急管理局',
                      cooperatingOrgNames: [],
                      legalBasis: null,
                      content: null,
                      performanceStandard: null,
                      frequency: 'YEARLY',
                      effectiveDate: '2026-01-01',
                      expiryDate: '2027-12-31',
                    },
                  ],
                  total: 1,
                  page: 1,
                  size: 10,
                }
              : { items: [], total: 0, page: 1, size: 10 },
          ),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup');

    const box = screen.getByPlaceholderText('输入事项名称或关键词，查询是否已列入准入清单');
    fireEvent.change(box, { target: { value: '拍照打卡' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('未查询到该事项：未列入准入清单的事项，村(社区)可以拒绝承担。')).toBeTruthy();

    fireEvent.change(box, { target: { value: '防汛' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByRole('link', { name: '防汛物资储备' })).toBeTruthy();
    expect(screen.getByText(/ZR-2026-001/)).toBeTruthy();
    expect(screen.getByText(/2026-01-01 ~ 2027-12-31/)).toBeTruthy();
    expect(calls.map((c) => c.url)).toContain('/api/public/admission-items?keyword=%E9%98%B2%E6%B1%9B&page=1&size=10');
  });

  it('offers to refuse and report a task that is not on the list', async () => {
    const { fn } = mockFetch({ 'GET /api/public/admission-items': { items: [], total: 0, page: 1, size: 10 } });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(
      [...routes, { path: '/public/report', element: <p>report form</p> }],
      '/public/lookup?q=%E6%8B%8D%E7%85%A7%E6%89%93%E5%8D%A1',
    );
    fireEvent.click(await screen.findByRole('button', { name: '拒绝并反映该事项' }));
    expect(await screen.findByText('report form')).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/public/report?task=%E6%8B%8D%E7%85%A7%E6%89%93%E5%8D%A1',
    );
  });
});
