import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ListReviewsPage } from '../list-reviews-page';
import { detail, reviewer, summary, village } from './fixtures';

const finished = {
  ...summary,
  id: 5,
  listNo: 'ZR-2025-020',
  itemName: '防汛值班表报送',
  status: 'KEPT',
  roundName: null,
  startedAutomatically: true,
  proposal: 'KEEP',
  finishedAt: '2027-06-01T10:00:00',
};

// started by the social work department for this one item, outside any round
const alone = { ...summary, id: 6, listNo: 'ZR-2025-021', itemName: '村级档案整理', roundName: null };

function setup(routes: Record<string, unknown> = {}, me: object = reviewer, path = '/list-reviews') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': me,
    'GET /api/list-reviews': { items: [summary, finished, alone], total: 3, page: 1, size: 20 },
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes(
    [
      { path: '/list-reviews', element: <ListReviewsPage /> },
      { path: '/list-reviews/:id', element: <p>review page</p> },
    ],
    path,
  );
  return { ...utils, calls };
}

const listCalls = (calls: { method: string; url: string }[]) =>
  calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/list-reviews')).map((c) => c.url);

describe('ListReviewsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the reviews with their status, round and a link to each', async () => {
    const { calls } = setup();
    expect(await screen.findByRole('heading', { name: '清单复评', level: 1 })).toBeTruthy();
    const link = await screen.findByRole('link', { name: '学生资助信息核对' });
    expect(link.getAttribute('href')).toBe('/list-reviews/4');
    const row = link.closest('tr') as HTMLElement;
    expect(row.textContent).toContain('ZR-2025-012');
    expect(row.textContent).toContain('征求基层意见');
    expect(row.textContent).toContain('2027年准入清单复评');
    expect(row.textContent).toContain('2027-05-20 17:00');
    const other = screen.getByRole('link', { name: '防汛值班表报送' }).closest('tr') as HTMLElement;
    expect(other.textContent).toContain('已保留');
    expect(other.textContent).toContain('到期前自动启动');
    const byHand = screen.getByRole('link', { name: '村级档案整理' }).closest('tr') as HTMLElement;
    expect(byHand.textContent, 'a review started by a person is not said to have started by itself').toContain(
      '单独启动',
    );
    expect(byHand.textContent).not.toContain('到期前自动启动');
    expect(listCalls(calls)[0]).toBe('/api/list-reviews?page=1&size=20');
  });

  it('filters by status and by "only running", in the URL', async () => {
    const { calls, router } = setup();
    await screen.findByRole('link', { name: '学生资助信息核对' });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '状态' }));
    const option = [...document.querySelectorAll('.ant-select-item-option')].find(
      (o) => o.textContent === '县委县政府审批',
    );
    fireEvent.click(option as Element);
    await waitFor(() => expect(listCalls(calls)).toContain('/api/list-reviews?status=APPROVAL&page=1&size=20'));
    fireEvent.click(screen.getByRole('switch', { name: '只看进行中' }));
    await waitFor(() =>
      expect(listCalls(calls)).toContain('/api/list-reviews?status=APPROVAL&openOnly=true&page=1&size=20'),
    );
    expect(router.state.location.search).toBe('?status=APPROVAL&open=1');
  });

  it('says so when there is nothing, and offers a village no way to start a review', async () => {
    setup({ 'GET /api/list-reviews': { items: [], total: 0, page: 1, size: 20 } }, village);
    expect(await screen.findByText('暂无复评')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /启动事项复评/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /开启全县复评批次/ })).toBeNull();
  });

  it('says nothing matches when a filter finds nothing', async () => {
    setup({ 'GET /api/list-reviews': { items: [], total: 0, page: 1, size: 20 } }, reviewer, '/list-reviews?open=1');
    expect(await screen.findByText('没有符合条件的复评')).toBeTruthy();
  });

  it('starts the review of one item in force chosen by name, and opens it', async () => {
    const today = dayjs();
    const inForce = {
      id: 12,
      listNo: 'ZR-2025-012',
      itemName: '学生资助信息核对',
      leadOrgName: '县教育局',
      effectiveDate: today.subtract(2, 'year').format('YYYY-MM-DD'),
      expiryDate: today.add(30, 'day').format('YYYY-MM-DD'),
    };
    const expired = {
      ...inForce,
      id: 13,
      listNo: 'ZR-2023-001',
      itemName: '学生资助旧表',
      expiryDate: today.subtract(1, 'day').format('YYYY-MM-DD'),
    };
    const { calls, router } = setup({
      'GET /api/admission-items': { items: [inForce, expired], total: 2, page: 1, size: 50 },
      'POST /api/list-reviews': () => jsonResponse(detail, 201),
    });
    fireEvent.click(await screen.findByRole('button', { name: /启动事项复评/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '启动复评' }));
    expect(await within(dialog).findByText('请选择事项')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    const combo = within(dialog).getByRole('combobox', { name: '准入事项' });
    fireEvent.mouseDown(combo);
    fireEvent.change(combo, { target: { value: '学生资助' } });
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain(
        `/api/admission-items?keyword=${encodeURIComponent('学生资助')}&page=1&size=50`,
      ),
    );
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option')].find((o) =>
        o.textContent?.includes('ZR-2025-012 学生资助信息核对'),
      );
      expect(found).toBeTruthy();
      return found as Element;
    });
    expect(document.body.textContent).not.toContain('学生资助旧表');
    fireEvent.click(option);
    fireEvent.click(within(dialog).getByRole('button', { name: '启动复评' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/list-reviews/4'));
    const post = calls.find((c) => c.method === 'POST');
    expect(jsonBody(post?.init)).toEqual({ itemId: 12 });
  });

  it('shows the server’s refusal of a start in the dialog', async () => {
    const today = dayjs();
    setup({
      'GET /api/admission-items': {
        items: [
          {
            id: 12,
            listNo: 'ZR-2025-012',
            itemName: '学生资助信息核对',
            leadOrgName: '县教育局',
            effectiveDate: null,
            expiryDate: today.add(30, 'day').format('YYYY-MM-DD'),
          },
        ],
        total: 1,
        page: 1,
        size: 50,
      },
      'POST /api/list-reviews': () => jsonResponse({ status: 409, message: '该事项本期已在复评' }, 409),
    });
    fireEvent.click(await screen.findByRole('button', { name: /启动事项复评/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '准入事项' }));
    const option = await waitFor(() => {
      const found = document.querySelector('.ant-select-item-option');
      expect(found).toBeTruthy();
      return found as Element;
    });
    fireEvent.click(option);
    fireEvent.click(within(dialog).getByRole('button', { name: '启动复评' }));
    expect(await within(dialog).findByText('该事项本期已在复评')).toBeTruthy();
  });

  it('opens a county-wide round and says how many reviews it started', async () => {
    const { calls } = setup({
      'POST /api/list-reviews/rounds': { started: [4, 5, 6] },
    });
    fireEvent.click(await screen.findByRole('button', { name: /开启全县复评批次/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '开启批次' }));
    expect(await within(dialog).findByText('请填写复评批次名称')).toBeTruthy();
    expect(within(dialog).getByText('请选择日期')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('批次名称'), { target: { value: ' 2027年准入清单复评 ' } });
    const today = dayjs().format('YYYY-MM-DD');
    const picker = within(dialog).getByLabelText('纳入在此日期前到期的事项');
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: today } });
    fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog).getByRole('button', { name: '开启批次' }));
    expect(await screen.findByText('已启动3项复评')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/list-reviews/rounds');
    expect(jsonBody(post?.init)).toEqual({ name: '2027年准入清单复评', until: today });
  });
});
