import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { Feedback, ReviewDetail } from '../../types';
import { ListReviewDetailPage } from '../list-review-detail-page';
import { approver, detail, leadDept, otherDept, reviewer, summary, village } from './fixtures';

type Calls = { method: string; url: string; init?: RequestInit }[];

function setup(me: object, review: ReviewDetail | (() => Response), routes: Record<string, unknown> = {}, lang?: 'en') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/auth/me': me,
    'GET /api/list-reviews/4': review,
    ...routes,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes([{ path: '/list-reviews/:id', element: <ListReviewDetailPage /> }], '/list-reviews/4', {
    language: lang ?? 'zh',
  });
  return { ...utils, calls };
}

const posts = (calls: Calls) => calls.filter((c) => c.method === 'POST');

/** A phone 360 px wide: antd's breakpoints ask matchMedia. */
function phone() {
  vi.stubGlobal('innerWidth', 360);
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || 360 <= Number(max[1])) && (!min || 360 >= Number(min[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  });
}

const mine: Feedback = {
  id: 9,
  reviewId: 4,
  orgId: 31,
  orgName: '东关社区',
  verdict: 'TOO_HEAVY',
  actualHours: 6.5,
  comment: '每学期两次入户核对',
  createdAt: '2027-05-08T10:00:00',
};

describe('ListReviewDetailPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the item, the steps, the feedback summary and the trail, and lets an organiser close the feedback early', async () => {
    const closed: ReviewDetail = { ...detail, summary: { ...summary, status: 'PROPOSAL' } };
    const { calls } = setup(reviewer, detail, { 'POST /api/list-reviews/4/close-feedback': closed });
    expect(await screen.findByRole('heading', { name: '学生资助信息核对', level: 1 })).toBeTruthy();
    expect(screen.getByText('每学期核对一次在校学生资助信息。')).toBeTruthy();
    expect(screen.getByText('第1版')).toBeTruthy();
    expect(document.querySelector('.ant-steps-item-process')?.textContent).toContain('征求基层意见');
    const summaryTable = screen.getByRole('table', { name: '基层意见汇总' });
    const necessary = within(summaryTable).getByText('有必要').closest('tr') as HTMLElement;
    expect(necessary.textContent).toContain('3');
    expect(necessary.textContent).toContain('3.5');
    const removal = within(summaryTable).getByText('建议取消').closest('tr') as HTMLElement;
    expect(removal.textContent).toContain('0');
    expect(screen.getByText('共4个单位反馈')).toBeTruthy();
    expect(screen.getByText('启动复评')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交反馈' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /提前结束意见征求/ }));
    fireEvent.click(await screen.findByRole('button', { name: '结束征求' }));
    await waitFor(() => expect(posts(calls).map((c) => c.url)).toEqual(['/api/list-reviews/4/close-feedback']));
    expect(await screen.findByText('已结束意见征求')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /提前结束意见征求/ })).toBeNull());
  });

  it('gives a village one phone screen to answer: checks each field, keeps the input on a 409 and shows the server’s message', async () => {
    phone();
    const { calls } = setup(
      village,
      { ...detail, canGiveFeedback: true },
      {
        'POST /api/list-reviews/4/feedback': () =>
          jsonResponse({ status: 409, message: '本单位已反馈过该事项，不需要重复反馈' }, 409),
      },
    );
    const submit = await screen.findByRole('button', { name: '提交反馈' });
    expect(submit.className).toContain('ant-btn-block');
    expect(document.querySelector('.ant-steps-vertical')).toBeTruthy();
    const verdicts = screen.getByRole('radiogroup', { name: '您的意见' });
    expect(within(verdicts).getAllByRole('radio')).toHaveLength(4);
    // no feedback of others for a village
    expect(screen.queryByText('各单位反馈')).toBeNull();

    fireEvent.change(screen.getByLabelText('实际每月耗时（小时，可不填）'), { target: { value: '800' } });
    fireEvent.click(submit);
    expect(await screen.findByText('请选择意见')).toBeTruthy();
    expect(screen.getByText('每月耗时须在0到744小时之间')).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.click(within(verdicts).getByRole('radio', { name: '负担过重' }));
    fireEvent.change(screen.getByLabelText('实际每月耗时（小时，可不填）'), { target: { value: '6.5' } });
    fireEvent.change(screen.getByLabelText('说明（可不填）'), { target: { value: '  每学期两次入户核对  ' } });
    fireEvent.click(submit);
    expect(await screen.findByText('本单位已反馈过该事项，不需要重复反馈')).toBeTruthy();
    expect(jsonBody(posts(calls)[0]?.init)).toEqual({
      verdict: 'TOO_HEAVY',
      actualHours: 6.5,
      comment: '每学期两次入户核对',
    });
    expect(within(verdicts).getByRole<HTMLInputElement>('radio', { name: '负担过重' }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('实际每月耗时（小时，可不填）').value).toBe('6.5');
    expect(screen.getByLabelText<HTMLTextAreaElement>('说明（可不填）').value).toBe('  每学期两次入户核对  ');
  });

  it('shows the feedback once given, and never asks again', async () => {
    let given = false;
    const { calls } = setup(
      village,
      () => jsonResponse(given ? { ...detail, myFeedback: mine } : { ...detail, canGiveFeedback: true }),
      {
        'POST /api/list-reviews/4/feedback': () => {
          given = true;
          return jsonResponse(mine, 201);
        },
      },
    );
    fireEvent.click(await screen.findByRole('radio', { name: '负担过重' }));
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(screen.getAllByText('反馈已提交，谢谢！').length).toBeGreaterThan(0);
    expect(screen.getByText('本单位的反馈')).toBeTruthy();
    expect(screen.getByText('每学期两次入户核对')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交反馈' })).toBeNull();
    expect(jsonBody(posts(calls)[0]?.init)).toEqual({ verdict: 'TOO_HEAVY', actualHours: null, comment: null });
  });

  it('shows a village its earlier feedback instead of the form', async () => {
    setup(village, { ...detail, myFeedback: mine });
    expect(await screen.findByText('本单位的反馈')).toBeTruthy();
    expect(screen.getByText('6.5')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交反馈' })).toBeNull();
  });

  it('lets the lead department propose a change and sends only the fields it changed', async () => {
    const proposing: ReviewDetail = {
      ...detail,
      summary: { ...summary, status: 'PROPOSAL' },
      taskId: 'task-7',
      taskKey: 'Task_Propose',
    };
    const after: ReviewDetail = {
      ...proposing,
      summary: { ...proposing.summary, status: 'REVIEW', proposal: 'CHANGE' },
      proposalReason: '基层普遍反映负担过重',
      newContent: '每学年核对一次在校学生资助信息。',
      newHours: 2,
      taskId: 'task-8',
      taskKey: 'Task_ReviewProposal',
    };
    const { calls } = setup(leadDept, proposing, { 'POST /api/list-reviews/tasks/task-7/proposal': after });
    const card = (await screen.findByText('提出复评意见')).closest('.ant-card') as HTMLElement;
    expect(within(card).queryByLabelText('工作内容')).toBeNull();
    fireEvent.click(within(card).getByRole('radio', { name: '修订' }));
    const content = await within(card).findByLabelText<HTMLTextAreaElement>('工作内容');
    expect(content.value).toBe('每学期核对一次在校学生资助信息。');
    expect(within(card).getByLabelText<HTMLInputElement>('事项名称').value).toBe('学生资助信息核对');
    expect(within(card).getByLabelText<HTMLTextAreaElement>('履职标准').value).toBe('按时报送核对表。');
    expect(within(card).getByLabelText<HTMLInputElement>('每月工作量（小时/村）').value).toBe('4');

    fireEvent.click(within(card).getByRole('button', { name: '提交意见' }));
    expect(await within(card).findByText('请说明理由')).toBeTruthy();
    expect(within(card).getByText('修订须至少改动名称、内容、标准或工作量中的一项')).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(content, { target: { value: '每学年核对一次在校学生资助信息。' } });
    fireEvent.change(within(card).getByLabelText('每月工作量（小时/村）'), { target: { value: '2' } });
    fireEvent.change(within(card).getByLabelText('理由'), { target: { value: '基层普遍反映负担过重' } });
    fireEvent.click(within(card).getByRole('button', { name: '提交意见' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(posts(calls)[0].url).toBe('/api/list-reviews/tasks/task-7/proposal');
    expect(jsonBody(posts(calls)[0].init)).toEqual({
      proposal: 'CHANGE',
      reason: '基层普遍反映负担过重',
      content: '每学年核对一次在校学生资助信息。',
      hoursPerMonth: 2,
    });
    expect(await screen.findByText('复评意见已提交')).toBeTruthy();
    const proposal = (await screen.findByText('牵头部门意见')).closest('.ant-card') as HTMLElement;
    expect(proposal.textContent).toContain('每学年核对一次在校学生资助信息。');
    expect(within(proposal).getAllByText('不变')).toHaveLength(2);
    expect(screen.queryByText('提出复评意见')).toBeNull();
  });

  it('offers the proposal to the lead department only', async () => {
    setup(otherDept, { ...detail, summary: { ...summary, status: 'PROPOSAL' }, taskId: 't', taskKey: 'Task_Propose' });
    expect(await screen.findByText('现行事项')).toBeTruthy();
    expect(screen.queryByText('提出复评意见')).toBeNull();
  });

  it('makes the reviewer say why a proposal is returned, and shows the server’s refusal', async () => {
    const reviewing: ReviewDetail = {
      ...detail,
      summary: { ...summary, status: 'REVIEW', proposal: 'KEEP' },
      proposalReason: '基层普遍认为有必要',
      taskId: 'task-8',
      taskKey: 'Task_ReviewProposal',
    };
    const { calls } = setup(reviewer, reviewing, {
      'POST /api/list-reviews/tasks/task-8/review': () =>
        jsonResponse({ status: 403, message: '不能审核或审批本人提出的复评意见' }, 403),
    });
    const card = (await screen.findByText('审核复评意见')).closest('.ant-card') as HTMLElement;
    fireEvent.click(within(card).getByRole('radio', { name: '退回牵头部门' }));
    fireEvent.click(within(card).getByRole('button', { name: '提交' }));
    expect(await within(card).findByText('退回须说明理由')).toBeTruthy();
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(within(card).getByLabelText('意见'), { target: { value: '请补充基层意见的分析' } });
    fireEvent.click(within(card).getByRole('button', { name: '提交' }));
    expect(await within(card).findByText('不能审核或审批本人提出的复评意见')).toBeTruthy();
    expect(posts(calls)[0].url).toBe('/api/list-reviews/tasks/task-8/review');
    expect(jsonBody(posts(calls)[0].init)).toEqual({ decision: 'RETURN', comment: '请补充基层意见的分析' });
    expect(within(card).getByLabelText<HTMLTextAreaElement>('意见').value).toBe('请补充基层意见的分析');
  });

  it('lets the approver approve without a comment', async () => {
    const approving: ReviewDetail = {
      ...detail,
      summary: { ...summary, status: 'APPROVAL', proposal: 'WITHDRAW' },
      proposalReason: '该事项已由上级取消',
      taskId: 'task-9',
      taskKey: 'Task_ApproveProposal',
    };
    const done: ReviewDetail = {
      ...approving,
      summary: { ...approving.summary, status: 'WITHDRAWN', finishedAt: '2027-06-01T10:00:00' },
      taskId: null,
      taskKey: null,
    };
    const { calls } = setup(approver, approving, { 'POST /api/list-reviews/tasks/task-9/approval': done });
    const card = (await screen.findByText('审批复评意见')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByRole('radio', { name: '退回审核' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('radio', { name: '同意' }));
    fireEvent.click(within(card).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(posts(calls)).toHaveLength(1));
    expect(jsonBody(posts(calls)[0].init)).toEqual({ decision: 'PASS', comment: null });
    await waitFor(() => expect(screen.queryByText('审批复评意见')).toBeNull());
    expect(document.querySelector('.ant-steps')?.textContent).toContain('已取消');
  });

  it('shows the feedback of every unit to those who decide, in English too', async () => {
    setup(
      reviewer,
      {
        ...detail,
        feedback: [mine],
        history: [{ ...detail.history[0], action: 'FEEDBACK_GIVEN', decision: 'TOO_HEAVY' }],
      },
      {},
      'en',
    );
    const list = (await screen.findByText('Feedback by unit')).closest('.ant-card') as HTMLElement;
    const row = within(list).getByText('东关社区').closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Too heavy');
    expect(row.textContent).toContain('6.5');
    expect(screen.getByText('Grassroots feedback')).toBeTruthy();
    expect(screen.getByText('Asking the grassroots', { selector: '.ant-tag' })).toBeTruthy();
    expect(screen.getByText('Close the feedback early')).toBeTruthy();
  });

  it('says so when the review is not there for the viewer', async () => {
    setup(village, () => jsonResponse({ status: 404, message: '复评不存在' }, 404));
    expect(await screen.findByText('复评不存在')).toBeTruthy();
  });
});
