import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { TopicsPage } from '../topics-page';

const me = (roles: string[], orgType = 'BURDEN_OFFICE') => ({
  username: 'u',
  displayName: '某人',
  orgId: 1,
  orgName: '减负办',
  orgType,
  roles,
});

const yesterday = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
const topics = [
  { id: 3, title: '督查检查考核专项治理', leadOrgName: '县教育局', deadline: yesterday, status: 'RECTIFYING' },
  { id: 2, title: '村级台账清理', leadOrgName: '城关镇', deadline: '2026-10-31', status: 'ACCEPTING' },
  { id: 1, title: '证明事项清理', leadOrgName: '县民政局', deadline: '2026-09-30', status: 'DONE' },
];

function setup(roles: string[], page: unknown, path = '/special-topics') {
  const { fn, calls } = mockFetch({ 'GET /api/auth/me': me(roles), 'GET /api/special-topics': page });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/special-topics', element: <TopicsPage /> }], path);
  return { calls };
}

describe('TopicsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the topics with their status, an overdue one marked, each linked to its page', async () => {
    const { calls } = setup(['OFFICE'], { items: topics, total: 23, page: 2, size: 20 }, '/special-topics?page=2');
    const link = await screen.findByRole('link', { name: '督查检查考核专项治理' });
    expect(link.getAttribute('href')).toBe('/special-topics/3');
    const row = link.closest('tr') as HTMLElement;
    expect(row.textContent).toContain('县教育局');
    expect(row.textContent).toContain('整治中');
    expect(within(row).getByText('已超期')).toBeTruthy();
    const accepting = screen.getByRole('link', { name: '村级台账清理' }).closest('tr') as HTMLElement;
    expect(accepting.textContent).toContain('待验收');
    expect(accepting.textContent).not.toContain('已超期');
    expect((screen.getByRole('link', { name: '证明事项清理' }).closest('tr') as HTMLElement).textContent).toContain(
      '已办结',
    );
    expect(screen.getByText('共 23 条')).toBeTruthy();
    expect(calls.find((c) => c.url.startsWith('/api/special-topics'))?.url).toBe('/api/special-topics?page=2&size=20');
    expect(screen.getByRole('button', { name: '从未诉先办立项' })).toBeTruthy();
  });

  it('says so when there is no topic, without the office’s button for a lead unit', async () => {
    setup(['GRASSROOTS'], { items: [], total: 0, page: 1, size: 20 });
    expect(await screen.findByText('暂无专项治理')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '从未诉先办立项' })).toBeNull();
  });
});
