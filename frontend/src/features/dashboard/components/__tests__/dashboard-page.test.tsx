import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import type * as ChartModule from '../chart';
import type { ChartProps } from '../chart';
import { DashboardPage } from '../dashboard-page';

// ECharts draws on a canvas jsdom does not have: the stand-in lists the chart's categories as
// buttons that report their index, as a click on a bar would.
vi.mock('../chart', async (importOriginal) => {
  const actual = await importOriginal<typeof ChartModule>();
  return {
    ...actual,
    Chart: ({ option, onSelect, label }: ChartProps) => {
      const axes = [option.yAxis, option.xAxis].flat() as { data?: string[] }[];
      const names = axes.find((a) => a?.data)?.data ?? [];
      return (
        <ul aria-label={label}>
          {names.map((n, i) => (
            <li key={n}>
              <button type="button" onClick={() => onSelect?.(i)}>
                {n}
              </button>
            </li>
          ))}
        </ul>
      );
    },
  };
});

const rate = (part: number, whole: number) => ({
  part,
  whole,
  value: whole === 0 ? null : Math.round((part / whole) * 1000) / 1000,
});

const office = {
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const village = {
  username: 'cg',
  displayName: '刘书记',
  orgId: 9,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
};

const unit = (orgId: number, name: string, satisfaction: ReturnType<typeof rate>) => ({
  orgId,
  name,
  type: 'COUNTY_DEPT',
  assigned: 4,
  closed: 2,
  response: rate(3, 4),
  resolution: rate(1, 2),
  satisfaction,
  closure: rate(2, 4),
  onTime: rate(0, 0),
  ranks: {
    response: 1,
    resolution: 1,
    satisfaction: satisfaction.value === null ? null : 1,
    closure: 1,
    onTime: null,
    of: 2,
  },
});

const clues = {
  from: '2026-03-01',
  to: '2026-04-30',
  scope: { kind: 'COUNTY', orgId: null, orgName: null, orgType: null },
  totals: {
    received: 12,
    accepted: 10,
    closed: 4,
    assigned: 11,
    response: rate(8, 10),
    resolution: rate(3, 5),
    satisfaction: rate(3, 4),
    closure: rate(4, 10),
    onTime: rate(0, 0),
  },
  byCategory: [
    { key: 'INSPECTIONS', label: '督查检查考核', count: 5 },
    { key: 'MEETINGS_AND_DOCUMENTS', label: '文山会海', count: 0 },
  ],
  byTownship: [{ orgId: 5, name: '城关镇', count: 6 }],
  byMonth: [
    {
      month: '2026-03',
      received: 7,
      closed: 3,
      response: rate(5, 6),
      resolution: rate(2, 3),
      satisfaction: rate(2, 3),
      closure: rate(3, 6),
      onTime: rate(1, 2),
    },
    {
      month: '2026-04',
      received: 5,
      closed: 1,
      response: rate(3, 4),
      resolution: rate(1, 2),
      satisfaction: rate(1, 1),
      closure: rate(1, 4),
      onTime: rate(0, 0),
    },
  ],
  units: [unit(7, '县教育局', rate(1, 2)), unit(8, '县民政局', rate(0, 0))],
};

const admission = {
  from: '2026-03-01',
  to: '2026-04-30',
  scope: clues.scope,
  submitted: 3,
  byStatus: [
    { key: 'REFUSED', label: '未通过', count: 1 },
    { key: 'ADMITTED', label: '已准入', count: 2 },
  ],
  steps: [
    {
      step: 'Task_Review',
      label: '社会工作部审核',
      open: 1,
      overdue: 1,
      completed: 3,
      averageHours: 82,
      onTime: rate(2, 3),
    },
  ],
  departments: [
    { orgId: 8, name: '县民政局', submitted: 2, refused: 1, returned: 0, refusalShare: rate(1, 2), rank: 1, of: 2 },
  ],
  itemsOn: '2026-04-30',
  itemsByCategory: [{ key: 'BASIC', label: '基本履职事项', count: 4 }],
  itemsByLead: [{ orgId: 7, name: '县教育局', count: 4 }],
};

function render(user: object, path = '/dashboard?from=2026-03-01&to=2026-04-30') {
  const fetch = mockFetch({
    'GET /api/auth/me': user,
    'GET /api/monitor/clues': clues,
    'GET /api/monitor/admission': admission,
    'GET /api/burden/townships': [
      {
        townshipId: 13,
        townshipName: '河口镇',
        villages: 7,
        villagesOverCapacity: 3,
        hours: 774,
        capacity: 840,
        loadRatio: 0.921,
      },
      {
        townshipId: 12,
        townshipName: '城关镇',
        villages: 8,
        villagesOverCapacity: 0,
        hours: 592,
        capacity: 960,
        loadRatio: 0.617,
      },
    ],
    'GET /api/burden/villages': {
      items: [
        {
          villageId: 25,
          villageName: '柳家村',
          townshipName: '河口镇',
          items: 11,
          hours: 122,
          capacity: 120,
          loadRatio: 1.017,
          overCapacity: true,
        },
      ],
      total: 1,
      page: 1,
      size: 10,
    },
    'GET /api/burden/shares': [{ key: '8', label: '县农业农村局', items: 2, villageHours: 504 }],
    'GET /api/warnings/summary': [
      { rule: 'VILLAGE_OVER_CAPACITY', severity: 'SERIOUS', count: 2 },
      { rule: 'STEP_DUE_SOON', severity: 'WARNING', count: 3 },
      { rule: 'ITEM_EXPIRING', severity: 'NOTICE', count: 1 },
    ],
  });
  vi.stubGlobal('fetch', vi.fn(fetch.fn));
  const routes = [
    { path: '/dashboard', element: <DashboardPage /> },
    { path: '/clues', element: <div data-testid="clue-list" /> },
    { path: '/applications', element: <div data-testid="application-list" /> },
    { path: '/burden', element: <div data-testid="burden-page" /> },
  ];
  return { ...renderRoutes(routes, path), calls: fetch.calls };
}

describe('DashboardPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the totals with their denominators, a dash for a rate without one, and asks for the period', async () => {
    const { calls } = render(office);
    expect(await screen.findByRole('heading', { name: '驾驶舱' })).toBeTruthy();
    expect(await screen.findByText('范围：全县')).toBeTruthy();
    expect(screen.getByRole('link', { name: '收到线索 12' })).toBeTruthy();
    // county-wide, the per-assignment rates lead to the units' table; each unit's figure opens its clues
    expect(screen.getAllByRole('link', { name: '80.0%' })[0].getAttribute('href')).toBe('#clue-units');
    expect(screen.getAllByText('按交办计，见下方各单位')).toHaveLength(3);
    expect(
      screen
        .getAllByRole('link')
        .some((a) => a.getAttribute('href') === '/clues?scope=all&from=2026-03-01&to=2026-04-30&bucket=RATED'),
    ).toBe(true);
    expect(screen.getAllByText('—').length).toBeGreaterThan(0);
    expect(calls.some((c) => c.url === '/api/monitor/clues?from=2026-03-01&to=2026-04-30')).toBe(true);
  });

  it('shows the load of townships and villages and the departments adding most hours, leading to the burden meter', async () => {
    const { router, calls } = render(office);
    const village = await screen.findByRole('link', { name: /柳家村/ });
    expect(village.getAttribute('href')).toBe('/burden/villages/25');
    expect(within(village).getByText('超出承载力')).toBeTruthy();
    expect(screen.getByText('122 / 120')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '县农业农村局' })).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/burden/shares?by=department')).toBe(true);
    fireEvent.click(
      within(screen.getByRole('list', { name: '各乡镇/街道负荷率（%）' })).getByRole('button', { name: '城关镇' }),
    );
    await screen.findByTestId('burden-page');
    expect(router.state.location.search).toBe('?township=12');
  });

  it('counts the open warnings, calls out the serious ones and leads to the warnings page', async () => {
    render(office);
    const link = await screen.findByRole('link', { name: '未消除预警6条，其中严重2条' });
    expect(link.getAttribute('href')).toBe('/warnings');
    expect(screen.getByTestId('serious-warnings').textContent).toBe('其中严重 2 条');
  });

  it("drills from a unit's satisfaction rate to its rated clues", async () => {
    const { router } = render(office);
    const row = (await screen.findByRole('cell', { name: '县教育局' })).closest('tr')!;
    const cells = within(row).getAllByRole('link', { name: '50.0%' });
    // assigned closure 2/4 and satisfaction 1/2 both read 50.0%: the satisfaction one leads to RATED
    const satisfaction = cells.find((a) => a.getAttribute('href')?.includes('bucket=RATED'))!;
    fireEvent.click(satisfaction);
    await screen.findByTestId('clue-list');
    expect(router.state.location.search).toBe('?scope=all&from=2026-03-01&to=2026-04-30&unitOrgId=7&bucket=RATED');
  });

  it('drills from a bar and from a month of the trend', async () => {
    const { router } = render(office);
    fireEvent.click(
      within(await screen.findByRole('list', { name: '按问题类别' })).getByRole('button', { name: '督查检查考核' }),
    );
    await screen.findByTestId('clue-list');
    expect(router.state.location.search).toBe('?scope=all&from=2026-03-01&to=2026-04-30&category=INSPECTIONS');
    await router.navigate('/dashboard?from=2026-03-10&to=2026-04-30');
    fireEvent.click(
      within(await screen.findByRole('list', { name: '月度趋势' })).getByRole('button', { name: '2026-03' }),
    );
    await screen.findByTestId('clue-list');
    expect(router.state.location.search).toBe('?scope=all&from=2026-03-10&to=2026-03-31');
  });

  it('links the admission figures to the application list and offers an export per table', async () => {
    render(office);
    const section = await screen.findByRole('region', { name: '准入申请' });
    const refused = await within(section).findByRole('cell', { name: '县民政局' });
    const link = within(refused.closest('tr')!).getAllByRole('link')[1];
    expect(link.getAttribute('href')).toBe(
      '/applications?scope=all&from=2026-03-01&to=2026-04-30&deptOrgId=8&status=REFUSED',
    );
    expect(screen.getAllByRole('button', { name: /导出 Excel/ }).length).toBeGreaterThanOrEqual(8);
  });

  it('does not ask a village for admission figures nor show their section', async () => {
    const { calls } = render(village);
    await screen.findByText('范围：全县');
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/monitor/clues'))).toBe(true));
    expect(calls.some((c) => c.url.startsWith('/api/monitor/admission'))).toBe(false);
    expect(screen.queryByRole('heading', { name: '准入申请' })).toBeNull();
  });

  it('says so, in English too, when the period has no clues', async () => {
    const empty = { ...clues, byCategory: [], byTownship: [], byMonth: [], units: [] };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockFetch({
          'GET /api/auth/me': office,
          'GET /api/monitor/clues': empty,
          'GET /api/monitor/admission': admission,
        }).fn,
      ),
    );
    renderRoutes([{ path: '/dashboard', element: <DashboardPage /> }], '/dashboard', { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeTruthy();
    expect((await screen.findAllByText('No data in this period')).length).toBeGreaterThanOrEqual(3);
  });
});
