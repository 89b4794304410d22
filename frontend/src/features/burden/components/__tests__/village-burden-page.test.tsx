import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { VillageBurdenPage } from '../village-burden-page';

const office = {
  username: 'jianfuban',
  displayName: '王减负',
  orgId: 5,
  orgName: '县委督查室（减负办）',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const villager = {
  ...office,
  username: 'cungan',
  orgId: 31,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
};

const item = (id: number, name: string, hours: number, reach: string, category: string) => ({
  id,
  listNo: `ZR-2026-00${id}`,
  itemName: name,
  category,
  leadOrgName: id === 2 ? '县民政局' : '县教育局',
  legalBasis: '《村民委员会组织法》第二条',
  frequency: 'MONTHLY',
  workloadHoursPerMonth: hours,
  reach,
  expiryDate: '2028-05-12',
});

const page = (ownCapacity: number | null) => ({
  load: {
    villageId: 31,
    villageName: '东关社区',
    townshipId: 11,
    townshipName: '城关镇',
    items: 3,
    hours: 125,
    capacity: ownCapacity ?? 120,
    ownCapacity,
    loadRatio: 1.042,
    overCapacity: true,
  },
  townshipId: 11,
  items: [
    item(3, '村级安全巡查', 85, 'VILLAGE', 'NEW'),
    item(2, '困难群众走访', 30, 'TOWNSHIP', 'COOPERATIVE'),
    item(1, '村务公开', 10, 'COUNTY', 'BASIC'),
  ],
  byDepartment: [
    { key: '3', label: '县教育局', items: 2, villageHours: 95 },
    { key: '4', label: '县民政局', items: 1, villageHours: 30 },
  ],
  byCategory: [
    { key: 'NEW', label: 'NEW', items: 1, villageHours: 85 },
    { key: 'COOPERATIVE', label: 'COOPERATIVE', items: 1, villageHours: 30 },
    { key: 'BASIC', label: 'BASIC', items: 1, villageHours: 10 },
  ],
});

const routes = [{ path: '/burden/villages/:id', element: <VillageBurdenPage /> }];

function serve(me: unknown, ownCapacity: number | null, extra: Record<string, unknown> = {}) {
  const mock = mockFetch({
    'GET /api/auth/me': me,
    'GET /api/burden/villages/31': page(ownCapacity),
    'GET /api/burden/capacity': { hoursPerMonth: 120 },
    ...extra,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fn));
  return mock;
}

const row = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('VillageBurdenPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why each item applies, with its department, basis, hours and frequency', async () => {
    serve(villager, null);
    renderRoutes(routes, '/burden/villages/31');
    expect(await screen.findByRole('heading', { name: '东关社区' })).toBeTruthy();
    expect(within(row('村级安全巡查')).getByText('本村')).toBeTruthy();
    expect(within(row('困难群众走访')).getByText('所属乡镇')).toBeTruthy();
    expect(within(row('村务公开')).getByText('全县')).toBeTruthy();
    expect(within(row('困难群众走访')).getByText('县民政局')).toBeTruthy();
    expect(within(row('村级安全巡查')).getByText('85')).toBeTruthy();
    expect(within(row('村级安全巡查')).getAllByText('每月').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '村级安全巡查' }).getAttribute('href')).toBe('/admission-items/3');
    expect(screen.getByText('125 / 120 小时')).toBeTruthy();
    expect(screen.getByText('104.2%')).toBeTruthy();
    expect(screen.getAllByText('超出承载力').length).toBeGreaterThan(0);
    expect(within(row('村级安全巡查')).getByText('新增事项')).toBeTruthy();
    expect(screen.getAllByText('新增事项')).toHaveLength(2); // and in the hours by category
    expect(screen.getByTestId('village-capacity').textContent).toContain('全县统一');
    // a village's cadre neither changes the capacity nor goes back to the county's page
    expect(screen.queryByRole('button', { name: /设定本村承载力/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /返回基层承载力/ })).toBeNull();
  });

  it('names the reasons in English', async () => {
    serve(villager, null);
    renderRoutes(routes, '/burden/villages/31', { language: 'en' });
    expect(await screen.findByText('This village')).toBeTruthy();
    expect(screen.getByText('Its township')).toBeTruthy();
    expect(screen.getByText('Whole county')).toBeTruthy();
  });

  it("lets the office set the village's own capacity and clear it again", async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = serve(office, 35, {
      'PUT /api/burden/villages/31/capacity': () => jsonResponse({ villageId: 31 }),
    });
    renderRoutes(routes, '/burden/villages/31');
    expect(await screen.findByText('本村设定')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /设定本村承载力/ }));
    const input = await screen.findByLabelText<HTMLInputElement>('本村每月可承载工时（小时）');
    expect(input.value).toBe('35');
    fireEvent.change(input, { target: { value: '40.5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(jsonBody(calls.find((c) => c.method === 'PUT')?.init)).toEqual({ hoursPerMonth: 40.5 });

    fireEvent.click(await screen.findByRole('button', { name: /设定本村承载力/ }));
    fireEvent.click(await screen.findByRole('button', { name: '改用全县统一值' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(jsonBody(calls.filter((c) => c.method === 'PUT')[1]?.init)).toEqual({ hoursPerMonth: null });
    expect(await screen.findByText('已改用全县统一承载力')).toBeTruthy();
  });

  it('lists what lapsed from the village, withdrawn or expired, with the day since when', async () => {
    serve(villager, null, {
      'GET /api/burden/villages/31': {
        ...page(null),
        lapsed: [
          {
            id: 7,
            listNo: 'ZR-2024-001',
            itemName: '农村集体经济收支统计月报',
            leadOrgName: '县农业农村局',
            status: 'EXPIRED',
            since: '2026-11-10',
          },
          {
            id: 8,
            listNo: 'ZR-2025-004',
            itemName: '村级报表😀𠀀月报',
            leadOrgName: '县民政局',
            status: 'WITHDRAWN',
            since: '2026-09-01',
          },
        ],
      },
    });
    renderRoutes(routes, '/burden/villages/31');
    const card = await screen.findByTestId('village-lapsed');
    expect(within(card).getByText('已失效的事项')).toBeTruthy();
    expect(within(card).getByText(/再要求本村\(社区\)承担的，可以拒绝/)).toBeTruthy();
    const entry = (name: string) => within(card).getByText(name).closest('li') as HTMLElement;
    expect(within(entry('农村集体经济收支统计月报')).getByText('已过期')).toBeTruthy();
    expect(entry('农村集体经济收支统计月报').textContent).toContain(
      'ZR-2024-001 · 县农业农村局 · 自2026-11-10起不在清单上',
    );
    expect(within(entry('村级报表😀𠀀月报')).getByText('已取消')).toBeTruthy();
    // a lapsed item is not among the items that apply
    expect(screen.queryByRole('link', { name: '农村集体经济收支统计月报' })).toBeNull();
  });

  it('names what lapsed in English too', async () => {
    serve(villager, null, {
      'GET /api/burden/villages/31': {
        ...page(null),
        lapsed: [
          {
            id: 7,
            listNo: 'ZR-2024-001',
            itemName: '农村集体经济收支统计月报',
            leadOrgName: '县农业农村局',
            status: 'EXPIRED',
            since: '2026-11-10',
          },
        ],
      },
    });
    renderRoutes(routes, '/burden/villages/31', { language: 'en' });
    const card = await screen.findByTestId('village-lapsed');
    expect(within(card).getByText('Items that have lapsed')).toBeTruthy();
    expect(within(card).getByText('Expired')).toBeTruthy();
    expect(card.textContent).toContain('Off the list since 2026-11-10');
  });

  it('shows no lapsed section when nothing lapsed', async () => {
    serve(villager, null, { 'GET /api/burden/villages/31': { ...page(null), lapsed: [] } });
    renderRoutes(routes, '/burden/villages/31');
    expect(await screen.findByRole('heading', { name: '东关社区' })).toBeTruthy();
    expect(screen.queryByTestId('village-lapsed')).toBeNull();
    expect(screen.queryByText('已失效的事项')).toBeNull();
  });

  it('says when no item applies, and shows a refusal as a message', async () => {
    serve(villager, null, {
      'GET /api/burden/villages/31': { ...page(null), items: [], byDepartment: [], byCategory: [] },
      'GET /api/burden/villages/32': () =>
        jsonResponse({ status: 403, message: '村(社区)只能查看本村(社区)的负担' }, 403),
    });
    const { router } = renderRoutes(routes, '/burden/villages/31');
    expect(await screen.findByText('目前没有适用于本村(社区)的有效事项')).toBeTruthy();
    await router.navigate('/burden/villages/32');
    expect(await screen.findByText('村(社区)只能查看本村(社区)的负担')).toBeTruthy();
  });
});
