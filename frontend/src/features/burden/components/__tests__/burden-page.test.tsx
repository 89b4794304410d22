import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { BurdenPage } from '../burden-page';

const office = {
  username: 'jianfuban',
  displayName: '王减负',
  orgId: 5,
  orgName: '县委督查室（减负办）',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const applicant = {
  ...office,
  username: 'jiaoyu',
  orgId: 3,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles: ['APPLICANT'],
};
const villager = {
  ...office,
  username: 'cungan',
  orgId: 31,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
};

const townships = [
  {
    townshipId: 11,
    townshipName: '城关镇',
    villages: 3,
    villagesOverCapacity: 2,
    hours: 205,
    capacity: 275,
    highestLoadRatio: 1.143,
    loadRatio: 0.745,
  },
  {
    townshipId: 12,
    townshipName: '河口镇',
    villages: 1,
    villagesOverCapacity: 0,
    hours: 95,
    capacity: 120,
    highestLoadRatio: 0.792,
    loadRatio: 0.792,
  },
];
const load = (id: number, name: string, hours: number, capacity: number, own: number | null = null) => ({
  villageId: id,
  villageName: name,
  townshipId: 11,
  townshipName: '城关镇',
  items: 3,
  hours,
  capacity,
  ownCapacity: own,
  loadRatio: Math.round((hours / capacity) * 1000) / 1000,
  overCapacity: hours > capacity,
});
const villages = {
  items: [load(32, '西关村', 40, 35, 35), load(31, '东关社区', 125, 120), load(33, '南街村', 40, 120)],
  total: 3,
  page: 1,
  size: 20,
};
const byDepartment = [
  { key: '3', label: '县教育局', items: 2, villageHours: 115 },
  { key: '4', label: '县民政局', items: 1, villageHours: 90 },
];
const byCategory = [
  { key: 'COOPERATIVE', label: 'COOPERATIVE', items: 1, villageHours: 90 },
  { key: 'NEW', label: 'NEW', items: 1, villageHours: 85 },
];

const routes = [
  { path: '/burden', element: <BurdenPage /> },
  { path: '/burden/villages/:id', element: <h1>village page</h1> },
];

function serve(me: unknown, extra: Record<string, unknown> = {}) {
  const mock = mockFetch({
    'GET /api/auth/me': me,
    'GET /api/burden/townships': townships,
    'GET /api/burden/villages': villages,
    'GET /api/burden/shares': (url: URL) =>
      jsonResponse(url.searchParams.get('by') === 'category' ? byCategory : byDepartment),
    'GET /api/burden/capacity': { hoursPerMonth: 120 },
    ...extra,
  });
  vi.stubGlobal('fetch', vi.fn(mock.fn));
  return mock;
}

describe('BurdenPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the townships, the villages ranked by load and the hours by department and category', async () => {
    serve(applicant);
    renderRoutes(routes, '/burden');
    expect(await screen.findByRole('heading', { name: '基层承载力' })).toBeTruthy();
    const township = (await screen.findByRole('button', { name: '城关镇' })).closest('tr') as HTMLElement;
    expect(within(township).getByText('74.5%')).toBeTruthy(); // the bar
    expect(within(township).getByText('114.3%')).toBeTruthy(); // the highest village
    expect(within(township).getByText('2')).toBeTruthy(); // villages over capacity
    const west = await screen.findByRole('link', { name: '西关村' });
    expect(west.getAttribute('href')).toBe('/burden/villages/32');
    const row = west.closest('tr') as HTMLElement;
    expect(within(row).getByText('超出承载力')).toBeTruthy();
    expect(within(row).getByText('本村设定')).toBeTruthy();
    expect(within(row).getByText('1')).toBeTruthy(); // ranked first
    expect(await screen.findByText('县教育局')).toBeTruthy();
    expect(await screen.findByText('配合履职事项')).toBeTruthy(); // a category code in words
    expect(screen.getByTestId('county-capacity').textContent).toContain('每村每月 120 小时');
    // only the office and administrators change the capacity
    expect(screen.queryByRole('button', { name: /调整/ })).toBeNull();
  });

  it('filters by township and over capacity through the API', async () => {
    const { calls } = serve(applicant);
    const { router } = renderRoutes(routes, '/burden');
    fireEvent.click(await screen.findByRole('button', { name: '城关镇' }));
    await waitFor(() => expect(router.state.location.search).toBe('?township=11'));
    fireEvent.click(screen.getByRole('switch', { name: '只看超出承载力的' }));
    await waitFor(() =>
      expect(
        calls.some((c) => c.url === '/api/burden/villages?townshipId=11&overCapacityOnly=true&page=1&size=20'),
      ).toBe(true),
    );
    expect(calls.some((c) => c.url === '/api/burden/shares?by=category&townshipId=11')).toBe(true);
  });

  it('lets the office change the county-wide capacity', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = serve(office, {
      'PUT /api/burden/capacity': (_url: URL, init: RequestInit | undefined) => jsonResponse(jsonBody(init)),
    });
    renderRoutes(routes, '/burden');
    fireEvent.click(await screen.findByRole('button', { name: /调整/ }));
    const input = await screen.findByLabelText('每村每月可承载工时（小时）');
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('承载力应为大于0、不超过744的小时数')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url).toBe('/api/burden/capacity');
    expect(jsonBody(put?.init)).toEqual({ hoursPerMonth: 150 });
    expect(await screen.findByText('承载力已调整')).toBeTruthy();
  });

  it('shows the server refusing a value on the field', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    serve(office, {
      'PUT /api/burden/capacity': () =>
        jsonResponse(
          {
            status: 400,
            message: '提交的内容有误，请按提示修改',
            fieldErrors: { hoursPerMonth: '承载力应为大于0、不超过744的小时数，最多一位小数' },
          },
          400,
        ),
    });
    renderRoutes(routes, '/burden');
    fireEvent.click(await screen.findByRole('button', { name: /调整/ }));
    fireEvent.change(await screen.findByLabelText('每村每月可承载工时（小时）'), { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('承载力应为大于0、不超过744的小时数，最多一位小数')).toBeTruthy();
  });

  it('stops offering the change when the server says 403', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    serve(office, {
      'PUT /api/burden/capacity': () =>
        jsonResponse({ status: 403, message: '只有减负办和系统管理员可以调整承载力' }, 403),
    });
    renderRoutes(routes, '/burden');
    fireEvent.click(await screen.findByRole('button', { name: /调整/ }));
    fireEvent.change(await screen.findByLabelText('每村每月可承载工时（小时）'), { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('只有减负办和系统管理员可以调整承载力')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /调整/ })).toBeNull());
  });

  it("sends a village's cadre to their own village", async () => {
    serve(villager);
    const { router } = renderRoutes(routes, '/burden');
    expect(await screen.findByRole('heading', { name: 'village page' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/burden/villages/31');
  });

  it('says so when there is nothing to show', async () => {
    serve(applicant, {
      'GET /api/burden/villages': { items: [], total: 0, page: 1, size: 20 },
      'GET /api/burden/townships': [],
      'GET /api/burden/shares': [],
    });
    renderRoutes(routes, '/burden', { language: 'en' });
    expect(await screen.findByText('No village matches')).toBeTruthy();
    expect(screen.getByText('No townships')).toBeTruthy();
    expect(screen.getAllByText('No admitted item in force')).toHaveLength(2);
  });
});
