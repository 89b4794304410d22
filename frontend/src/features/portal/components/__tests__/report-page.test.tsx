import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ReportPage } from '../report-page';

const CODE = 'ABCDEFGHJKMNPQRSTUVW';

function setup(path = '/public/report') {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/public/orgs': [{ id: 7, code: 'JYJ', name: '县教育局', type: 'COUNTY_DEPT', parentId: null }],
    'POST /api/public/clues': (_url: URL, init?: RequestInit) => {
      const body = jsonBody(init);
      return typeof body.description === 'string' && body.description.length >= 10
        ? jsonResponse({ id: 5, clueNo: 'XS-2026-0005', queryCode: CODE }, 201)
        : jsonResponse(
            { status: 400, message: '提交的内容有误', fieldErrors: { description: '问题描述应在10到4000个字之间' } },
            400,
          );
    },
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  const utils = renderRoutes([{ path: '/public/report', element: <ReportPage /> }], path);
  return { ...utils, calls };
}

function pickCategory(label: string) {
  const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '问题类别' });
  const option = within(select).getByRole<HTMLOptionElement>('option', { name: label });
  fireEvent.change(select, { target: { value: option.value } });
}

describe('ReportPage', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    // the receipt's image needs a canvas, which jsdom does not have (the receipt then says so)
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('validates before sending: category, unit and description', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: '提交反映' }));
    expect(await screen.findByText('请描述反映的问题')).toBeTruthy();
    expect(screen.getByText('请选择或填写被反映单位')).toBeTruthy();
    // the placeholder option says the same
    expect(screen.getAllByText('请选择问题类别')).toHaveLength(2);
    expect(screen.getByText('请描述反映的问题')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('is anonymous by default and shows the query code once, with copy', async () => {
    const { calls, router } = setup();
    expect(await screen.findByText(/默认匿名/)).toBeTruthy();
    expect(screen.queryByLabelText('姓名')).toBeNull();
    pickCategory('指尖上的形式主义');
    fireEvent.change(screen.getByLabelText('被反映单位（列表中没有时填写）'), { target: { value: '县某局' } });
    fireEvent.change(screen.getByLabelText('反映的问题'), {
      target: { value: '要求每天在三个App上重复打卡并上传照片' },
    });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));

    const receipt = await screen.findByTestId('query-code-receipt');
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/public/clues');
    expect(jsonBody(post?.init)).toMatchObject({
      category: 'FINGERTIP_FORMALISM',
      source: 'PORTAL',
      reportedOrgId: null,
      reportedUnitText: '县某局',
      anonymous: true,
      reporterName: null,
      reporterPhone: null,
    });
    expect(within(receipt).getByTestId('receipt-query-code').textContent).toBe(CODE);
    expect(within(receipt).getByTestId('receipt-clue-no').textContent).toBe('XS-2026-0005');
    expect(within(receipt).getByText('查询码只显示这一次')).toBeTruthy();
    expect(within(receipt).getByRole('button', { name: '保存为文本文件' })).toBeTruthy();

    fireEvent.click(within(receipt).getByRole('button', { name: '复制查询码' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(CODE));

    // the code is kept nowhere but on the screen
    expect(router.state.location.search).not.toContain(CODE);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(CODE);
    expect(JSON.stringify({ ...localStorage })).not.toContain(CODE);

    fireEvent.click(within(receipt).getByRole('button', { name: '我已保存' }));
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: '已保存' }));
    });
    expect(await screen.findByText('线索 XS-2026-0005 已提交')).toBeTruthy();
    expect(screen.queryByText(CODE)).toBeNull();
    expect(document.body.textContent).not.toContain(CODE);
  });

  it('sends one Idempotency-Key for every try of the same form, so a retry makes no second clue', async () => {
    let tries = 0;
    const { fn, calls } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'GET /api/public/orgs': [],
      'POST /api/public/clues': () =>
        ++tries === 1
          ? jsonResponse(
              { status: 503, message: '系统暂时无法访问数据库，本次操作没有保存，请稍后重试', fieldErrors: {} },
              503,
            )
          : jsonResponse({ id: 5, clueNo: 'XS-2026-0005', queryCode: CODE }, 201),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/public/report', element: <ReportPage /> }], '/public/report');
    expect(await screen.findByText(/默认匿名/)).toBeTruthy();
    pickCategory('指尖上的形式主义');
    fireEvent.change(screen.getByLabelText('被反映单位（列表中没有时填写）'), { target: { value: '县某局' } });
    fireEvent.change(screen.getByLabelText('反映的问题'), {
      target: { value: '要求每天在三个App上重复打卡并上传照片' },
    });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    expect(await screen.findByText('系统暂时无法访问数据库，本次操作没有保存，请稍后重试')).toBeTruthy();
    // what was typed is still there; the retry carries the same key
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('query-code-receipt');
    const keys = calls
      .filter((c) => c.method === 'POST' && c.url === '/api/public/clues')
      .map((c) => (c.init?.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('prefills a refusal of a task the public lookup did not find', async () => {
    const { calls } = setup('/public/report?task=%E9%98%B2%E6%BA%BA%E6%B0%B4%E6%8B%8D%E7%85%A7');
    expect(await screen.findByText('拒绝并反映未准入事项')).toBeTruthy();
    const description = screen.getByLabelText<HTMLTextAreaElement>('反映的问题');
    expect(description.value).toContain('“防溺水拍照”');
    const category = screen.getByRole<HTMLSelectElement>('combobox', { name: '问题类别' });
    expect(category.value).toBe('UNADMITTED_TASK');
    expect(category.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('被反映单位（列表中没有时填写）'), { target: { value: '县某局' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('query-code-receipt');
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/public/clues');
    expect(jsonBody(post?.init)).toMatchObject({
      category: 'UNADMITTED_TASK',
      source: 'VILLAGE_REFUSAL',
    });
  });
});

describe('ReportPage in English', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('labels the form, its categories and its errors in English', async () => {
    const { fn } = mockFetch({ 'GET /api/public/orgs': [] });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/public/report', element: <ReportPage /> }], '/public/report', { language: 'en' });
    const category = await screen.findByRole('combobox', { name: 'Category' });
    expect(within(category).getByRole('option', { name: 'Fingertip formalism' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Describe the problem')).toBeTruthy();
    expect(screen.getAllByText('Choose a category')).toHaveLength(2);
  });

  it('counts the description by character: an emoji or a rare character is one, and nothing cuts it', async () => {
    setup();
    const description = await screen.findByLabelText<HTMLTextAreaElement>('反映的问题');
    expect(description.getAttribute('maxlength')).toBeNull();
    fireEvent.change(description, { target: { value: '😀' } });
    expect(screen.getByTestId('description-count').textContent).toBe('1 / 4000');
    fireEvent.change(description, { target: { value: '𠀾😀社区' } });
    expect(screen.getByTestId('description-count').textContent).toBe('4 / 4000');
    for (const name of ['被反映单位（列表中没有时填写）', '发生地点']) {
      expect(screen.getByLabelText<HTMLInputElement>(name).getAttribute('maxlength')).toBeNull();
    }
  });
});
