import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { AppLayout, selectedMenuKey } from '../app-layout';
import { NARROW_SCREEN_QUERY } from '../use-narrow-screen';

const me = (roles: string[]) => ({
  username: 'u1',
  displayName: '王五',
  orgId: 3,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles,
});

const routes = [{ element: <AppLayout />, children: [{ path: '/inbox', element: <p>content</p> }] }];

describe('AppLayout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the applicant menu, the user and the organisation', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['APPLICANT']) }).fn));
    renderRoutes(routes, '/inbox');
    expect(await screen.findByRole('link', { name: '我的申请' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '新建申请' }).getAttribute('href')).toBe('/applications/new');
    expect(screen.getByRole('link', { name: '待办/已办' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '准入清单' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '基层承载力' }).getAttribute('href')).toBe('/burden');
    expect(screen.getByRole('link', { name: '清单复评' }).getAttribute('href')).toBe('/list-reviews');
    expect(screen.queryByRole('link', { name: '申请总览' })).toBeNull();
    expect(screen.queryByRole('link', { name: '用户管理' })).toBeNull();
    expect(screen.queryByRole('link', { name: '系统流程监控' })).toBeNull();
    expect(screen.getByText('基层减负协同平台')).toBeTruthy();
    expect(screen.getByTestId('current-user').textContent).toContain('王五');
    expect(screen.getByTestId('current-user').textContent).toContain('县教育局');
  });

  it('starts with a skip link that takes the keyboard past the header and the menu to the page', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['APPLICANT']) }).fn));
    renderRoutes(routes, '/inbox');
    await screen.findByRole('link', { name: '我的申请' });
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    const focusable = document.querySelectorAll('a[href], button, input, [tabindex="0"]');
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(screen.getByRole('main').textContent).toContain('content');
  });

  it('shows the open tasks on the inbox item, the warnings to every user and the bell with the unread count', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockFetch({
          'GET /api/auth/me': me(['APPLICANT']),
          'GET /api/inbox': { items: [], total: 7, page: 1, size: 1 },
          'GET /api/notifications/unread-count': { unread: 2 },
        }).fn,
      ),
    );
    renderRoutes(routes, '/inbox');
    const inbox = await screen.findByRole('link', { name: '待办/已办，7项待办' });
    expect(inbox.getAttribute('href')).toBe('/inbox');
    expect(screen.getByTestId('inbox-count').textContent).toContain('7');
    expect(screen.getByRole('link', { name: '智能预警' }).getAttribute('href')).toBe('/warnings');
    expect(await screen.findByRole('button', { name: '消息，2条未读' })).toBeTruthy();
    fireEvent.click(screen.getByTitle('账号菜单'));
    expect((await screen.findByRole('link', { name: '消息提醒方式' })).getAttribute('href')).toBe(
      '/account/notifications',
    );
  });

  it('shows administration and the Camunda link to admins only', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['ADMIN']) }).fn));
    renderRoutes(routes, '/inbox');
    expect(await screen.findByRole('link', { name: '用户管理' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '组织机构' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '申请总览' }).getAttribute('href')).toBe('/applications?scope=all');
    expect(screen.getByRole('link', { name: '系统流程监控' }).getAttribute('href')).toBe('/camunda/app/');
    expect(screen.getByRole('link', { name: '同义词' }).getAttribute('href')).toBe('/admin/synonyms');
    expect(screen.getByRole('link', { name: '工作日历' }).getAttribute('href')).toBe('/admin/calendar');
    expect(screen.queryByRole('link', { name: '新建申请' })).toBeNull();
  });

  it('shows the clue workbench, recording and statistics to the office, and only its own clues to a unit', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['OFFICE']) }).fn));
    const { unmount } = renderRoutes(routes, '/inbox');
    expect((await screen.findByRole('link', { name: '线索工作台' })).getAttribute('href')).toBe('/clues');
    expect(screen.getByRole('link', { name: '登记线索' }).getAttribute('href')).toBe('/clues/new');
    expect(screen.getByRole('link', { name: '线索统计' }).getAttribute('href')).toBe('/statistics');
    expect(screen.getByRole('link', { name: '同义词' }).getAttribute('href')).toBe('/admin/synonyms');
    expect(screen.queryByRole('link', { name: '用户管理' })).toBeNull();
    expect(screen.queryByRole('link', { name: '工作日历' })).toBeNull();
    unmount();
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
    renderRoutes(routes, '/inbox');
    expect(await screen.findByRole('link', { name: '本单位线索' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '线索统计' })).toBeNull();
    expect(screen.queryByRole('link', { name: '登记线索' })).toBeNull();
    expect(screen.queryByRole('link', { name: '同义词' })).toBeNull();
  });

  it('offers rating to grassroots cadres, results to departments, and rounds and screening to the office', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
    const first = renderRoutes(routes, '/inbox');
    expect((await screen.findByRole('link', { name: '评价县级部门' })).getAttribute('href')).toBe('/evaluation/rate');
    expect(screen.queryByRole('link', { name: '基层评价结果' })).toBeNull();
    expect(screen.queryByRole('link', { name: '评价管理' })).toBeNull();
    first.unmount();
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['OFFICE']) }).fn));
    renderRoutes(routes, '/inbox');
    expect((await screen.findByRole('link', { name: '评价管理' })).getAttribute('href')).toBe('/evaluation/rounds');
    expect(screen.getByRole('link', { name: '评价意见审核' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '基层评价结果' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '评价县级部门' })).toBeNull();
    expect(selectedMenuKey('/evaluation/results', '?round=5')).toBe('evaluationResults');
  });

  it('offers the recurring problems to the office, verifiers and leadership, and the special topics to everyone', async () => {
    for (const roles of [['OFFICE'], ['VERIFIER'], ['APPROVER'], ['ADMIN']]) {
      vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(roles) }).fn));
      const { unmount } = renderRoutes(routes, '/inbox');
      expect((await screen.findByRole('link', { name: '未诉先办' })).getAttribute('href')).toBe('/recurring');
      expect(screen.getByRole('link', { name: '专项治理' }).getAttribute('href')).toBe('/special-topics');
      unmount();
    }
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
    renderRoutes(routes, '/inbox');
    expect((await screen.findByRole('link', { name: '专项治理' })).getAttribute('href')).toBe('/special-topics');
    expect(screen.queryByRole('link', { name: '未诉先办' })).toBeNull();
    expect(selectedMenuKey('/recurring', '?groupBy=UNIT')).toBe('recurring');
    expect(selectedMenuKey('/special-topics/7', '')).toBe('specialTopics');
  });

  it('switches to English and remembers the choice', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['REVIEWER']) }).fn));
    renderRoutes(routes, '/inbox');
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'All applications' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('link', { name: '申请总览' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
  });

  it('on a phone opens the menu as a drawer over the page from a button in the header', async () => {
    const original = window.matchMedia.bind(window);
    const narrow = vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
      ...original(query),
      matches: query === NARROW_SCREEN_QUERY,
    }));
    try {
      vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
      const phoneRoutes = [
        {
          element: <AppLayout />,
          children: [
            { path: '/inbox', element: <p>content</p> },
            { path: '/clues', element: <p>clues</p> },
          ],
        },
      ];
      const { container } = renderRoutes(phoneRoutes, '/inbox');
      const button = await screen.findByRole('button', { name: '菜单' });
      // no side column squeezing the page, and the menu is closed until asked for
      expect(container.querySelector('.ant-layout-sider')).toBeNull();
      expect(screen.queryByRole('link', { name: '本单位线索' })).toBeNull();
      expect(button.getAttribute('aria-expanded')).toBe('false');
      // the button is part of the header, not a control floating over the page
      expect(button.closest('.app-header')).not.toBeNull();
      fireEvent.click(button);
      const link = await screen.findByRole('link', { name: '本单位线索' });
      expect(link.closest('.ant-drawer')).not.toBeNull();
      expect(screen.getByText('content').closest('.ant-drawer')).toBeNull();
      fireEvent.click(link);
      await waitFor(() =>
        expect(screen.getByRole('button', { name: '菜单' }).getAttribute('aria-expanded')).toBe('false'),
      );
    } finally {
      narrow.mockRestore();
    }
  });

  it('on a wide screen keeps the menu beside the page with no menu button', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/auth/me': me(['GRASSROOTS']) }).fn));
    const { container } = renderRoutes(routes, '/inbox');
    const link = await screen.findByRole('link', { name: '本单位线索' });
    expect(link.closest('.ant-layout-sider')).not.toBeNull();
    expect(container.querySelector('.ant-layout-sider')?.getAttribute('aria-label')).toBeNull();
    expect(screen.queryByRole('button', { name: '菜单' })).toBeNull();
    expect(screen.getByRole('navigation', { name: '菜单' })).toBeTruthy();
  });

  it('selects the menu entry of the current page', () => {
    expect(selectedMenuKey('/applications', '?scope=all')).toBe('overview');
    expect(selectedMenuKey('/clues/5', '')).toBe('clues');
    expect(selectedMenuKey('/clues', '?status=TRIAGE')).toBe('clues');
    expect(selectedMenuKey('/clues/new', '')).toBe('clueNew');
    expect(selectedMenuKey('/statistics', '')).toBe('statistics');
    expect(selectedMenuKey('/admin/synonyms', '')).toBe('synonyms');
    expect(selectedMenuKey('/admin/calendar', '?year=2027')).toBe('calendar');
    expect(selectedMenuKey('/applications', '')).toBe('mine');
    expect(selectedMenuKey('/applications/new', '')).toBe('new');
    expect(selectedMenuKey('/inbox', '?tab=done')).toBe('inbox');
    expect(selectedMenuKey('/admin/orgs', '')).toBe('orgs');
    expect(selectedMenuKey('/burden', '?township=3')).toBe('burden');
    expect(selectedMenuKey('/burden/villages/31', '')).toBe('burden');
    expect(selectedMenuKey('/list-reviews', '?open=1')).toBe('listReviews');
    expect(selectedMenuKey('/list-reviews/4', '')).toBe('listReviews');
  });
});
