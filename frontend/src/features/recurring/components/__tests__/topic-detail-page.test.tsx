import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { TopicDetail } from '../../types';
import { TopicDetailPage } from '../topic-detail-page';

const office = {
  username: 'jfb',
  displayName: '孙督查',
  orgId: 1,
  orgName: '减负办',
  orgType: 'BURDEN_OFFICE',
  roles: ['OFFICE'],
};
const lead = {
  ...office,
  username: 'jyj',
  displayName: '李科长',
  orgId: 12,
  orgName: '县教育局',
  roles: ['APPLICANT'],
};
const other = { ...lead, orgId: 13, orgName: '县民政局' };

const topic: TopicDetail = {
  id: 7,
  title: '督查检查考核专项治理',
  description: '清理重复督查\n合并考核',
  leadOrgId: 12,
  leadOrgName: '县教育局',
  deadline: '2099-12-31',
  status: 'RECTIFYING',
  createdAt: '2026-11-20T09:00:00+08:00',
  closedAt: null,
  clues: [{ id: 11, clueNo: 'XS-2026-0011', status: 'CLOSED', category: 'INSPECTIONS' }],
  reports: [
    { kind: 'REPORT', text: '已合并三项考核', byName: '李科长', createdAt: '2026-11-25T10:00:00+08:00' },
    { kind: 'SENT_BACK', text: '台账仍未清理', byName: '孙督查', createdAt: '2026-11-26T10:00:00+08:00' },
  ],
  taskId: 'task-9',
  taskKey: 'Task_Rectify',
  history: [
    {
      id: 1,
      at: '2026-11-20T09:00:00+08:00',
      actorUsername: 'jfb',
      actorName: '孙督查',
      action: 'TOPIC_OPENED',
      actionLabel: '专项治理立项',
      decision: null,
      comment: '督查检查考核专项治理（牵头：县教育局）',
    },
  ],
};

function setup(me: object, routes: Record<string, unknown> = {}, language?: 'zh' | 'en') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't' },
    'GET /api/auth/me': me,
    'GET /api/special-topics/7': topic,
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/special-topics/:id', element: <TopicDetailPage /> }], '/special-topics/7', { language });
  return { calls };
}

const posts = (calls: { method: string; url: string; init?: RequestInit }[], url: string) =>
  calls.filter((c) => c.method === 'POST' && c.url === url).map((c) => jsonBody(c.init));

describe('TopicDetailPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the topic, its clues, the reports and the trail; the lead unit must say what it did', async () => {
    const { calls } = setup(lead, {
      'POST /api/special-topics/tasks/task-9/report': () =>
        jsonResponse({ ...topic, status: 'ACCEPTING', taskId: 'task-10', taskKey: 'Task_Accept' }),
    });
    expect(await screen.findByRole('heading', { name: '督查检查考核专项治理', level: 1 })).toBeTruthy();
    expect(screen.getByText('当前环节：牵头单位整治并报告')).toBeTruthy();
    expect(screen.getByText(/清理重复督查/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'XS-2026-0011' }).getAttribute('href')).toBe('/clues/11');
    expect(screen.getByText('督查检查考核')).toBeTruthy();
    expect(screen.getByText('纳入的线索（1条）')).toBeTruthy();
    expect(screen.getByText('整治报告')).toBeTruthy();
    expect(screen.getByText('台账仍未清理')).toBeTruthy();
    expect(screen.getByText('专项治理立项')).toBeTruthy();
    // the lead unit neither accepts nor links clues
    expect(screen.queryByText('验收结论')).toBeNull();
    expect(screen.queryByLabelText('线索 id')).toBeNull();

    const submit = screen.getByRole('button', { name: /^提\s?交$/ });
    fireEvent.click(submit);
    expect(await screen.findByText('请填写整治情况')).toBeTruthy();
    expect(posts(calls, '/api/special-topics/tasks/task-9/report')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('整治情况'), { target: { value: ' 已清理台账 ' } });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(posts(calls, '/api/special-topics/tasks/task-9/report')).toEqual([{ text: '已清理台账' }]),
    );
    expect(await screen.findByText('整治情况已报告，等待减负办验收。')).toBeTruthy();
  });

  it('lets the office send back only with a reason, and link a clue, showing why one cannot be linked', async () => {
    const { calls } = setup(office, {
      'GET /api/special-topics/7': { ...topic, status: 'ACCEPTING', taskId: 'task-10', taskKey: 'Task_Accept' },
      'POST /api/special-topics/tasks/task-10/acceptance': () => jsonResponse({ ...topic }),
      'POST /api/special-topics/7/clues': () => jsonResponse({ status: 409, message: '该线索已纳入本专项治理' }, 409),
    });
    const decision = await screen.findByRole('radiogroup', { name: '验收结论' });
    expect(screen.queryByLabelText('整治情况')).toBeNull();
    fireEvent.click(within(decision).getByLabelText('退回继续整治'));
    expect(await screen.findByLabelText('退回理由')).toBeTruthy();
    const submit = screen.getByRole('button', { name: /^提\s?交$/ });
    fireEvent.click(submit);
    expect(await screen.findByText('退回须说明理由')).toBeTruthy();
    expect(posts(calls, '/api/special-topics/tasks/task-10/acceptance')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('退回理由'), { target: { value: '台账仍未清理' } });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(posts(calls, '/api/special-topics/tasks/task-10/acceptance')).toEqual([
        { accept: false, text: '台账仍未清理' },
      ]),
    );

    const clueId = screen.getByLabelText('线索 id');
    fireEvent.click(screen.getByRole('button', { name: /^纳\s?入$/ }));
    expect(await screen.findByText('请填写线索 id')).toBeTruthy();
    fireEvent.change(clueId, { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: /^纳\s?入$/ }));
    expect(await screen.findByText('该线索已纳入本专项治理')).toBeTruthy();
    expect(posts(calls, '/api/special-topics/7/clues')).toEqual([{ clueId: 11 }]);
  });

  it('passes without a comment', async () => {
    const { calls } = setup(office, {
      'GET /api/special-topics/7': { ...topic, status: 'ACCEPTING', taskId: 'task-10', taskKey: 'Task_Accept' },
      'POST /api/special-topics/tasks/task-10/acceptance': () =>
        jsonResponse({ ...topic, status: 'DONE', taskId: null, taskKey: null }),
    });
    const decision = await screen.findByRole('radiogroup', { name: '验收结论' });
    fireEvent.click(within(decision).getByLabelText('通过验收'));
    fireEvent.click(screen.getByRole('button', { name: /^提\s?交$/ }));
    await waitFor(() =>
      expect(posts(calls, '/api/special-topics/tasks/task-10/acceptance')).toEqual([{ accept: true, text: null }]),
    );
  });

  it('shows others whom the topic waits for, and empty clues and reports', async () => {
    setup(other, { 'GET /api/special-topics/7': { ...topic, clues: [], reports: [], history: [] } }, 'en');
    expect(await screen.findByText('Waiting for 县教育局 to rectify and report.')).toBeTruthy();
    expect(screen.getByText('No clues included yet')).toBeTruthy();
    expect(screen.getByText('The lead unit has not reported yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
  });

  it('speaks English in the trail', async () => {
    setup(other, {}, 'en');
    expect(await screen.findByText('Special topic opened')).toBeTruthy();
    expect(screen.getByText('Sent back for more work')).toBeTruthy();
    expect(screen.queryByText('专项治理立项')).toBeNull();
  });
});
