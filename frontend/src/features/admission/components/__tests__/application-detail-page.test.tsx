import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { emptyPayload } from '../../utils/form-values';
import { ApplicationDetailPage } from '../application-detail-page';

vi.mock('@/components/ui/process-diagram', () => ({ default: () => <div data-testid="process-diagram" /> }));

const reviewer = {
  username: 'reviewer1',
  displayName: '李审核',
  orgId: 2,
  orgName: '县委社会工作部',
  orgType: 'SOCIAL_WORK_DEPT',
  roles: ['REVIEWER'],
};

const application = {
  ...emptyPayload(3),
  id: 42,
  itemName: '村级防汛物资储备',
  category: 'COOPERATIVE',
  content: '储备防汛物资',
  performanceStandard: '汛前检查',
  targetScope: 'SELECTED',
  targetTownshipIds: [11],
  workloadHoursPerMonth: 2,
  frequency: 'QUARTERLY',
  requiresPhotoProof: true,
  selfAssessment: '必要',
  status: 'IN_REVIEW',
  applicantUsername: 'zhangsan',
  applicantName: '张三',
  applicantOrgId: 3,
  applicantOrgName: '县应急管理局',
  leadOrgName: '县应急管理局',
  cooperatingOrgNames: [],
  targetTownshipNames: ['城关镇'],
  targetVillageIds: [31],
  targetVillageNames: ['柳家村'],
  submittedAt: '2026-03-01T09:00:00+08:00',
  updatedAt: '2026-03-01T09:00:00+08:00',
  decidedAt: null,
  refusalReason: null,
  listNo: null,
  currentTask: {
    taskId: 'task-9',
    taskKey: 'Task_Review',
    name: '社会工作部审核',
    assignee: null,
    created: '2026-03-01T09:00:00+08:00',
    due: '2026-03-08T09:00:00+08:00',
    overdue: false,
  },
  preCheck: {
    findings: [
      { code: 'NO_LEGAL_BASIS', level: 'WARN', message: '未填写法定依据' },
      { code: 'PHOTO_PROOF', level: 'INFO', message: '要求拍照留痕，属于形式主义风险项' },
    ],
    estimatedHoursPerMonthTotal: 240,
    targetVillageCount: 120,
    checkedAt: '2026-03-01T09:00:05+08:00',
  },
  attachments: [
    {
      id: 5,
      fileName: '依据.pdf',
      contentType: 'application/pdf',
      size: 2048,
      uploadedAt: '2026-03-01T08:00:00+08:00',
      uploadedBy: '张三',
    },
  ],
  history: [
    {
      id: 1,
      at: '2026-03-01T08:00:00+08:00',
      actorUsername: 'zhangsan',
      actorName: '张三',
      action: 'CREATED',
      actionLabel: '创建草稿',
      decision: null,
      comment: null,
    },
    {
      id: 2,
      at: '2026-03-01T09:00:00+08:00',
      actorUsername: 'zhangsan',
      actorName: '张三',
      action: 'SUBMITTED',
      actionLabel: '提交审核',
      decision: null,
      comment: null,
    },
  ],
  canEdit: false,
  canSubmit: false,
  canWithdraw: false,
  canNudge: false,
};

const projected = {
  villageId: 31,
  villageName: '柳家村',
  townshipName: '河口镇',
  hours: 40,
  capacity: 120,
  projectedHours: 42,
  projectedRatio: 0.35,
  pushedOver: false,
  overCapacity: false,
};

const routes = [
  { path: '/applications/:id', element: <ApplicationDetailPage /> },
  { path: '/inbox', element: <h1>inbox page</h1> },
];

describe('ApplicationDetailPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the application, pre-check, attachments and history', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        mockFetch({
          'GET /api/auth/me': reviewer,
          'GET /api/admission/applications/42': application,
          'GET /api/admission/applications/42/burden': [projected],
        }).fn,
      ),
    );
    renderRoutes(routes, '/applications/42');
    expect(await screen.findByRole('heading', { name: '村级防汛物资储备' })).toBeTruthy();
    expect(screen.getAllByText('审核中').length).toBeGreaterThan(0);
    expect(screen.getByText('配合履职事项')).toBeTruthy();
    expect(screen.getByText('指定乡镇或村(社区)')).toBeTruthy();
    expect(screen.getByText('乡镇（所辖全部村(社区)）：城关镇')).toBeTruthy();
    expect(screen.getByText('村(社区)：柳家村')).toBeTruthy();
    // the burden panel, with the villages reached
    expect(await screen.findByText('涉及 1 个村(社区)：0 个将因本事项超出承载力，0 个已超出承载力。')).toBeTruthy();
    expect(screen.getAllByText('需要拍照留痕').length).toBeGreaterThan(0);
    expect(screen.getByText('未填写法定依据').closest('.ant-alert-warning')).toBeTruthy();
    expect(screen.getByText('要求拍照留痕，属于形式主义风险项').closest('.ant-alert-info')).toBeTruthy();
    expect(screen.getByText('240 小时')).toBeTruthy();
    expect(screen.getByRole('link', { name: /依据\.pdf/ }).getAttribute('href')).toBe('/api/attachments/5');
    expect(screen.getByText('创建草稿')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '修改' })).toBeNull();
  });

  it('lets a reviewer return the application with a comment and goes back to the inbox', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': reviewer,
      'GET /api/admission/applications/42': application,
      'POST /api/admission/tasks/task-9/review': () =>
        jsonResponse({ ...application, status: 'RETURNED', currentTask: null }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(routes, '/applications/42');

    expect(await screen.findByRole('button', { name: '签收' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '退回修改' }));
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('退回或不予通过时请填写意见')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('意见'), { target: { value: '请补充法定依据' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inbox'));
    const post = calls.find((c) => c.method === 'POST');
    expect(jsonBody(post?.init)).toEqual({ decision: 'RETURN', comment: '请补充法定依据' });
  });

  it('lets the applying department nudge the reviewers once, then no longer offers it', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const applicant = { ...reviewer, username: 'zhangsan', orgId: 3, roles: ['APPLICANT'] };
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': applicant,
      'GET /api/admission/applications/42': { ...application, canNudge: true },
      'POST /api/admission/applications/42/nudge': () => jsonResponse({ ...application, canNudge: false }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/42');
    fireEvent.click(await screen.findByRole('button', { name: /催办/ }));
    expect(await screen.findByText('已催办，审核人员会收到提醒')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      '/api/admission/applications/42/nudge',
    ]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /催办/ })).toBeNull());
  });

  it('offers approve decisions to an approver on Task_Approve', async () => {
    const approver = { ...reviewer, username: 'approver1', roles: ['APPROVER'] };
    const inApproval = {
      ...application,
      status: 'IN_APPROVAL',
      currentTask: {
        ...application.currentTask,
        taskKey: 'Task_Approve',
        name: '县委县政府审批',
        assignee: 'approver1',
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(mockFetch({ 'GET /api/auth/me': approver, 'GET /api/admission/applications/42': inApproval }).fn),
    );
    renderRoutes(routes, '/applications/42');
    expect(await screen.findByRole('radio', { name: '批准' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '不予批准' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '退回审核' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '签收' })).toBeNull();
  });

  it('sends to the burden meter once the item is admitted, instead of counting it twice', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': reviewer,
      'GET /api/admission/applications/42': {
        ...application,
        status: 'ADMITTED',
        listNo: 'ZR-2026-042',
        currentTask: null,
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/42');
    expect((await screen.findByRole('link', { name: '查看基层承载力' })).getAttribute('href')).toBe('/burden');
    expect(calls.some((c) => c.url.endsWith('/burden'))).toBe(false);
  });
});
