import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { DelegationNotice, delegationOf, HandOverButtons, type HandOverTask } from '../task-hand-over';

const free: HandOverTask = {
  taskId: 't1',
  assignee: null,
  assigneeName: null,
  delegatedBy: null,
  delegatedByName: null,
};
// user names to compare with the signed-in user, people's names (not the user names) to show
const delegated: HandOverTask = {
  taskId: 't1',
  assignee: 'rev2',
  assigneeName: '李四😀',
  delegatedBy: 'rev1',
  delegatedByName: '张三𠀀',
};

afterEach(() => vi.unstubAllGlobals());

describe('delegationOf', () => {
  it('tells the delegate from the person who delegated and from everyone else', () => {
    expect(delegationOf(free, 'rev1')).toBeNull();
    expect(delegationOf(delegated, 'rev2')).toBe('toMe');
    expect(delegationOf(delegated, 'rev1')).toBe('away');
    expect(delegationOf(delegated, 'rev3')).toBeNull();
  });
});

describe('HandOverButtons', () => {
  it('transfers to the receiver chosen from the task holders', async () => {
    const api = mockFetch({
      'GET /api/inbox/tasks/t1/holders': [{ username: 'rev2', displayName: '李四😀', orgName: '社会工作部' }],
      'POST /api/inbox/tasks/t1/transfer': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', api.fn);
    renderRoutes([{ path: '/', element: <HandOverButtons task={free} caseKey={['x']} /> }], '/');
    fireEvent.click(screen.getByRole('button', { name: '转办' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('请选择接收人')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '接收人' }));
    fireEvent.click(await screen.findByText('李四😀（社会工作部）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/inbox/tasks/t1/transfer');
    expect(jsonBody(post?.init)).toEqual({ username: 'rev2' });
    expect(await screen.findByText('已转办')).toBeTruthy();
  });

  it("shows the server's reason beside the receiver when it refuses them", async () => {
    const api = mockFetch({
      'GET /api/inbox/tasks/t1/holders': [{ username: 'both', displayName: '王五', orgName: null }],
      'POST /api/inbox/tasks/t1/delegate': () =>
        jsonResponse({ status: 400, message: '输入有误', fieldErrors: { username: '该用户不能办理此任务' } }, 400),
    });
    vi.stubGlobal('fetch', api.fn);
    renderRoutes([{ path: '/', element: <HandOverButtons task={free} caseKey={['x']} /> }], '/');
    fireEvent.click(screen.getByRole('button', { name: '委派' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '接收人' }));
    fireEvent.click(await screen.findByText('王五'));
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('该用户不能办理此任务')).toBeTruthy();
  });
});

describe('DelegationNotice', () => {
  it('asks the delegate for an opinion and hands the task back with it', async () => {
    const api = mockFetch({ 'POST /api/inbox/tasks/t1/resolve': () => new Response(null, { status: 204 }) });
    vi.stubGlobal('fetch', api.fn);
    renderRoutes([{ path: '/', element: <DelegationNotice task={delegated} username="rev2" caseKey={['x']} /> }], '/');
    expect(screen.getByText(/^张三𠀀 委派您协助办理此任务/)).toBeTruthy();
    expect(screen.queryByText(/rev1/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '交回委派人' }));
    expect(await screen.findByText('请填写办理意见')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '办理意见' }), { target: { value: '建议通过𠀀' } });
    fireEvent.click(screen.getByRole('button', { name: '交回委派人' }));
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(jsonBody(api.calls.find((c) => c.method === 'POST')?.init)).toEqual({ opinion: '建议通过𠀀' });
  });

  it('tells the person who delegated that the task waits for the delegate', () => {
    renderRoutes([{ path: '/', element: <DelegationNotice task={delegated} username="rev1" caseKey={['x']} /> }], '/');
    expect(screen.getByText('已委派给 李四😀，等待其交回后再作决定。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '交回委派人' })).toBeNull();
  });
});
