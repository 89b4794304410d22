import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { emptyPayload } from '../../utils/form-values';
import { formDraftKey, loadFormDraft, saveFormDraft } from '../../utils/form-draft-storage';
import { ApplicationFormPage } from '../application-form-page';

const me = {
  username: 'zhangsan',
  displayName: '张三',
  orgId: 3,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles: ['APPLICANT'],
};
const orgs = [
  { id: 3, code: 'JYJ', name: '县教育局', type: 'COUNTY_DEPT', parentId: null },
  { id: 4, code: 'MZJ', name: '县民政局', type: 'COUNTY_DEPT', parentId: null },
  { id: 11, code: 'XZ1', name: '城关镇', type: 'TOWNSHIP', parentId: null },
  { id: 12, code: 'XZ2', name: '河口镇', type: 'TOWNSHIP', parentId: null },
  { id: 21, code: 'C1', name: '东关社区', type: 'VILLAGE', parentId: 11 },
  { id: 22, code: 'C2', name: '西关村', type: 'VILLAGE', parentId: 11 },
  { id: 31, code: 'C3', name: '柳家村', type: 'VILLAGE', parentId: 12 },
  { id: 32, code: 'C4', name: '河口社区', type: 'VILLAGE', parentId: 12 },
];

function detail(id: number, itemName: string) {
  return {
    ...emptyPayload(3),
    itemName,
    id,
    status: 'DRAFT',
    applicantUsername: 'zhangsan',
    applicantName: '张三',
    applicantOrgId: 3,
    applicantOrgName: '县教育局',
    leadOrgName: '县教育局',
    cooperatingOrgNames: [],
    targetTownshipNames: [],
    submittedAt: null,
    updatedAt: '2026-03-01T09:00:00+08:00',
    decidedAt: null,
    refusalReason: null,
    listNo: null,
    currentTask: null,
    preCheck: null,
    attachments: [],
    history: [],
    canEdit: true,
    canSubmit: true,
    canWithdraw: false,
    canNudge: false,
  };
}

const routes = [
  { path: '/applications/new', element: <ApplicationFormPage /> },
  { path: '/applications/:id/edit', element: <ApplicationFormPage /> },
  { path: '/applications/:id', element: <h1>detail page</h1> },
];

describe('ApplicationFormPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the submit rules before calling the server', async () => {
    const { fn, calls } = mockFetch({ 'GET /api/auth/me': me, 'GET /api/orgs': orgs });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/new');

    fireEvent.click(await screen.findByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('请填写事项名称')).toBeTruthy();
    expect(screen.getByText('请填写事项内容')).toBeTruthy();
    expect(screen.getByText('请填写自评说明')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    // the labels are associated with their inputs
    expect(screen.getByLabelText('事项名称').tagName).toBe('INPUT');
    expect(screen.getByRole('checkbox', { name: '需要拍照留痕' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '费随事转' })).toBeTruthy();
  });

  it('saves a draft with an Idempotency-Key, clears the stored input and continues on the edit page', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': me,
      'GET /api/orgs': orgs,
      'POST /api/admission/applications': () => jsonResponse(detail(21, '村级安全巡查'), 201),
      'GET /api/admission/applications/21': detail(21, '村级安全巡查'),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes(routes, '/applications/new');

    fireEvent.change(await screen.findByLabelText('事项名称'), { target: { value: '村级安全巡查' } });
    expect(loadFormDraft('new')?.values.itemName).toBe('村级安全巡查');
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/applications/21/edit'));
    const post = calls.find((c) => c.method === 'POST');
    const headers = post?.init?.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers['X-XSRF-TOKEN']).toBe('t');
    const body = jsonBody(post?.init);
    expect(body.itemName).toBe('村级安全巡查');
    expect(body.leadOrgId).toBe(3); // always the applicant's organisation
    expect(screen.getByTestId<HTMLInputElement>('lead-org').value).toBe('县教育局');
    expect(screen.getByTestId('lead-org').hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('combobox', { name: '牵头部门' })).toBeNull();
    expect(localStorage.getItem(formDraftKey('new'))).toBeNull();
    expect(await screen.findByRole('button', { name: '上传附件' })).toBeTruthy();
  });

  it('picks whole townships and single villages in one tree and sends both lists', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { fn, calls } = mockFetch({
      'GET /api/auth/me': me,
      'GET /api/orgs': orgs,
      'POST /api/admission/applications': () => jsonResponse(detail(21, '村级安全巡查'), 201),
      'GET /api/admission/applications/21': detail(21, '村级安全巡查'),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/new');

    fireEvent.change(await screen.findByLabelText('事项名称'), { target: { value: '村级安全巡查' } });
    fireEvent.click(screen.getByRole('radio', { name: '指定乡镇或村(社区)' }));
    const tree = await screen.findByLabelText('实施的乡镇和村(社区)');
    fireEvent.mouseDown(tree);
    // a township ticked means all its villages
    fireEvent.click(await screen.findByTitle('城关镇'));
    // a single village of another township, found by its name
    fireEvent.change(tree, { target: { value: '柳家' } });
    fireEvent.click(await screen.findByTitle('柳家村'));
    expect(loadFormDraft('new')?.values).toMatchObject({ targetTownshipIds: [11], targetVillageIds: [31] });

    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const body = jsonBody(calls.find((c) => c.method === 'POST')?.init);
    expect(body.targetScope).toBe('SELECTED');
    expect(body.targetTownshipIds).toEqual([11]);
    expect(body.targetVillageIds).toEqual([31]);
  });

  it('asks for a township or a village when the scope is SELECTED, and hints at the two-year validity', async () => {
    const { fn, calls } = mockFetch({ 'GET /api/auth/me': me, 'GET /api/orgs': orgs });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/new');
    fireEvent.click(await screen.findByRole('radio', { name: '指定乡镇或村(社区)' }));
    expect(await screen.findByLabelText('实施的乡镇和村(社区)')).toBeTruthy();
    expect(screen.getByTestId('validity-hint').textContent).toContain('有效期最长两年');
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('请至少选择一个乡镇或村(社区)')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('restores unsaved input after a reload', async () => {
    saveFormDraft('new', { ...emptyPayload(3), itemName: '未保存的事项' });
    const { fn } = mockFetch({ 'GET /api/auth/me': me, 'GET /api/orgs': orgs });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/new');
    expect((await screen.findByLabelText<HTMLInputElement>('事项名称')).value).toBe('未保存的事项');
    expect(screen.getByText('已恢复上次未保存的填写内容。')).toBeTruthy();
  });

  it('shows server field errors on the fields', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { fn } = mockFetch({
      'GET /api/auth/me': me,
      'GET /api/orgs': orgs,
      'GET /api/admission/applications/21': detail(21, '村级安全巡查'),
      'PUT /api/admission/applications/21': () =>
        jsonResponse(
          { status: 400, message: '提交的内容有误，请按提示修改', fieldErrors: { itemName: '该事项名称已存在' } },
          400,
        ),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes(routes, '/applications/21/edit');
    fireEvent.click(await screen.findByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('该事项名称已存在')).toBeTruthy();
  });
});
