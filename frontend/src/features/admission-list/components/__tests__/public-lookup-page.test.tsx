import { fireEvent, screen, within } from '@testing-library/react';
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

  const ITEM = {
    id: 9,
    listNo: 'ZR-2026-009',
    itemName: '村级防汛物资检查',
    category: 'COOPERATIVE',
    leadOrgId: 3,
    leadOrgName: '县应急管理局',
    cooperatingOrgs: '县水利局、县民政局',
    cooperatingOrgNames: ['县水利局', '县民政局'],
    legalBasis: null,
    content: null,
    performanceStandard: null,
    frequency: 'MONTHLY',
    effectiveDate: '2026-01-01',
    expiryDate: null,
    targetScope: 'SELECTED',
    targetTownshipNames: ['城关镇', '河西乡'],
    targetVillageNames: ['柳家村', '东关社区'],
    workloadHoursPerMonth: 2.5,
    score: 3.2,
    matchedTerms: ['检查', '防汛'],
  };

  it('shows scope, departments, workload and validity, with the matched words marked in the title', async () => {
    const { fn } = mockFetch({
      'GET /api/public/admission-items': { items: [ITEM], total: 1, page: 1, size: 10, noMatch: false, nearest: [] },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup?q=%E6%A3%80%E6%9F%A5%20%E9%98%B2%E6%B1%9B');
    // jsdom's name computation puts spaces around <mark>: compare the text instead
    expect(await screen.findByText('实施范围：城关镇、河西乡的村(社区)；柳家村、东关社区')).toBeTruthy();
    const link = screen.getAllByRole('link').find((a) => a.textContent === '村级防汛物资检查');
    if (!link) throw new Error('no link to the item');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['防汛', '检查']);
    expect(screen.getByText('实施范围：城关镇、河西乡的村(社区)；柳家村、东关社区')).toBeTruthy();
    expect(screen.getByText('牵头部门：县应急管理局')).toBeTruthy();
    expect(screen.getByText('配合部门：县水利局、县民政局')).toBeTruthy();
    expect(screen.getByText('每村每月工作量：约 2.5 小时（频次：每月）')).toBeTruthy();
    expect(screen.getByText('有效期：2026-01-01 ~ 长期')).toBeTruthy();
  });

  it('says plainly that nothing matched, offers the nearest items, and only then the refusal', async () => {
    const { fn } = mockFetch({
      'GET /api/public/admission-items': {
        items: [],
        total: 0,
        page: 1,
        size: 10,
        noMatch: true,
        nearest: [{ ...ITEM, targetScope: 'ALL', targetTownshipNames: [], matchedTerms: [] }],
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup?q=%E5%85%BB%E8%80%81%E9%87%91');
    expect(await screen.findByText('没有已列入准入清单的事项与“养老金”相符。')).toBeTruthy();
    const nearest = screen.getByTestId('nearest-items');
    expect(within(nearest).getByText('是不是这个事项？')).toBeTruthy();
    expect(within(nearest).getByRole('link', { name: '村级防汛物资检查' })).toBeTruthy();
    expect(within(nearest).getByText('实施范围：全部村(社区)')).toBeTruthy();
    const refuse = screen.getByRole('button', { name: '拒绝并反映该事项' });
    expect(nearest.compareDocumentPosition(refuse) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the matching items that lapsed, and that they may be refused, above the refusal', async () => {
    const { fn } = mockFetch({
      'GET /api/public/admission-items': {
        items: [],
        total: 0,
        page: 1,
        size: 10,
        noMatch: true,
        nearest: [],
        lapsed: [
          {
            id: 12,
            listNo: 'ZR-2024-001',
            itemName: '农村集体经济收支统计月报',
            leadOrgName: '县农业农村局',
            status: 'EXPIRED',
            since: '2026-11-10',
          },
          {
            id: 13,
            listNo: 'ZR-2025-002',
            itemName: '集体经济台账𠀀拍照',
            leadOrgName: '县民政局',
            status: 'WITHDRAWN',
            since: '2026-10-01',
          },
        ],
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup?q=%E9%9B%86%E4%BD%93%E7%BB%8F%E6%B5%8E');
    const lapsed = await screen.findByTestId('lapsed-items');
    expect(within(lapsed).getByText('已不在清单上的相关事项')).toBeTruthy();
    expect(within(lapsed).getByText(/村\(社区\)可以拒绝/)).toBeTruthy();
    const entry = (name: string) => within(lapsed).getByText(name).closest('li') as HTMLElement;
    expect(within(entry('农村集体经济收支统计月报')).getByText('已过期')).toBeTruthy();
    expect(entry('农村集体经济收支统计月报').textContent).toContain(
      'ZR-2024-001 · 县农业农村局 · 自2026-11-10起不在清单上',
    );
    expect(within(entry('集体经济台账𠀀拍照')).getByText('已取消')).toBeTruthy();
    // a lapsed entry is not offered as a link to an item in force
    expect(within(lapsed).queryAllByRole('link')).toHaveLength(0);
    const refuse = screen.getByRole('button', { name: '拒绝并反映该事项' });
    expect(lapsed.compareDocumentPosition(refuse) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the lapsed ones below the items found, in English too', async () => {
    const { fn } = mockFetch({
      'GET /api/public/admission-items': {
        items: [{ ...ITEM, targetScope: 'ALL', targetTownshipNames: [], matchedTerms: [] }],
        total: 1,
        page: 1,
        size: 10,
        lapsed: [
          {
            id: 12,
            listNo: 'ZR-2024-001',
            itemName: '防汛物资月报',
            leadOrgName: '县应急管理局',
            status: 'WITHDRAWN',
            since: '2026-10-01',
          },
        ],
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup?q=%E9%98%B2%E6%B1%9B', { language: 'en' });
    const lapsed = await screen.findByTestId('lapsed-items');
    expect(within(lapsed).getByText('Related items no longer on the list')).toBeTruthy();
    expect(within(lapsed).getByText('Withdrawn')).toBeTruthy();
    expect(lapsed.textContent).toContain('Off the list since 2026-10-01');
    const found = screen.getAllByRole('link').find((a) => a.textContent === '村级防汛物资检查');
    if (!found) throw new Error('no link to the item found');
    expect(found.compareDocumentPosition(lapsed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no lapsed section when nothing lapsed', async () => {
    const { fn } = mockFetch({
      'GET /api/public/admission-items': {
        items: [{ ...ITEM, targetScope: 'ALL', targetTownshipNames: [], matchedTerms: [] }],
        total: 1,
        page: 1,
        size: 10,
        lapsed: [],
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/public/lookup?q=%E9%98%B2%E6%B1%9B');
    expect(await screen.findByText('实施范围：全部村(社区)')).toBeTruthy();
    expect(screen.queryByTestId('lapsed-items')).toBeNull();
    expect(screen.queryByText('已不在清单上的相关事项')).toBeNull();
  });
});
