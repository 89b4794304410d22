import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { ApplicationDetail } from '../../types';
import { CoSignPanel } from '../co-sign-panel';
import { CoSignersCard, mayManageCoSigners } from '../co-signers-card';

const reviewer = { username: 'rev1', displayName: '李审核', roles: ['REVIEWER'] } as unknown as CurrentUser;
const coSigner = { username: 'rev2', displayName: '王会签', roles: ['REVIEWER'] } as unknown as CurrentUser;

const task = (taskKey: string, assignee: string | null) => ({
  taskId: 'task-9',
  taskKey,
  name: '',
  assignee,
  assigneeName: assignee,
  created: '2026-03-01T09:00:00+08:00',
  due: null,
  overdue: false,
  delegatedBy: null,
  delegatedByName: null,
});

const application = (over: Partial<ApplicationDetail>) =>
  ({ id: 42, status: 'IN_REVIEW', coSigners: [], canRecallReview: false, ...over }) as ApplicationDetail;

afterEach(() => vi.unstubAllGlobals());

describe('CoSignersCard', () => {
  it('is for the reviewer holding the review, not for someone else or another step', () => {
    expect(mayManageCoSigners(application({ currentTask: task('Task_Review', null) }), reviewer)).toBe(true);
    expect(mayManageCoSigners(application({ currentTask: task('Task_Review', 'rev3') }), reviewer)).toBe(false);
    expect(mayManageCoSigners(application({ currentTask: task('Task_Approve', null) }), reviewer)).toBe(false);
  });

  it('adds the chosen co-signer and lists everyone with their opinion', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const api = mockFetch({
      'GET /api/admission/tasks/task-9/co-signer-candidates': [
        { username: 'apr2', displayName: '赵审批𠀀', orgName: '县委县政府办公室' },
      ],
      'POST /api/admission/tasks/task-9/co-signers': () => jsonResponse([]),
    });
    vi.stubGlobal('fetch', api.fn);
    const a = application({
      currentTask: task('Task_Review', 'rev1'),
      coSigners: [
        {
          username: 'rev2',
          displayName: '王会签',
          orgName: null,
          decision: 'OBJECT',
          comment: '依据不足',
          decidedAt: null,
        },
      ],
    });
    renderRoutes([{ path: '/', element: <CoSignersCard application={a} user={reviewer} /> }], '/');
    expect(screen.getByText('不同意')).toBeTruthy();
    expect(screen.getByText('依据不足')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '加签' }));
    fireEvent.click(await screen.findByText('赵审批𠀀（县委县政府办公室）'));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(jsonBody(api.calls.find((c) => c.method === 'POST')?.init)).toEqual({ username: 'apr2' });
  });
});

describe('CoSignPanel', () => {
  it('asks for a reason before an objection is sent', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const api = mockFetch({
      'POST /api/admission/tasks/task-9/co-sign': () =>
        jsonResponse(application({ currentTask: task('Task_Review', null) })),
    });
    vi.stubGlobal('fetch', api.fn);
    const a = application({ currentTask: task('Task_CoSignReview', 'rev2') });
    renderRoutes([{ path: '/', element: <CoSignPanel application={a} user={coSigner} /> }], '/');
    fireEvent.click(screen.getByRole('radio', { name: '不同意' }));
    fireEvent.click(screen.getByRole('button', { name: '提交意见' }));
    expect(await screen.findByText('不同意时请说明理由')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('说明'), { target: { value: '依据不足😀' } });
    fireEvent.click(screen.getByRole('button', { name: '提交意见' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(jsonBody(api.calls.find((c) => c.method === 'POST')?.init)).toEqual({
      decision: 'OBJECT',
      comment: '依据不足😀',
    });
    expect(await screen.findByText('已提交会签意见')).toBeTruthy();
  });

  it('shows nothing to anyone but the co-signer of the step', () => {
    const a = application({ currentTask: task('Task_CoSignReview', 'rev2') });
    const { container } = renderRoutes([{ path: '/', element: <CoSignPanel application={a} user={reviewer} /> }], '/');
    expect(container.querySelector('[data-testid="co-sign-panel"]')).toBeNull();
  });
});
