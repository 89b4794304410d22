import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { SynonymsPage } from '../synonyms-page';

const groups = [
  { id: 1, terms: ['打卡', '签到'], createdAt: '2026-11-20T09:00:00+08:00', updatedAt: '2026-11-21T10:30:00+08:00' },
  {
    id: 2,
    terms: ['台账', '报表', '表格'],
    createdAt: '2026-11-20T09:00:00+08:00',
    updatedAt: '2026-11-20T09:00:00+08:00',
  },
];

const csrf = { 'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' } };

function renderPage() {
  return renderRoutes([{ path: '/admin/synonyms', element: <SynonymsPage /> }], '/admin/synonyms');
}

/** Types a word into the tag input and presses Enter, as a person adds a tag. */
function addTerm(input: HTMLElement, term: string) {
  fireEvent.change(input, { target: { value: term } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('SynonymsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the groups with their words as tags and explains what synonyms do', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/search/synonyms': groups }).fn));
    renderPage();

    expect(await screen.findByRole('heading', { name: '同义词', level: 1 })).toBeTruthy();
    const row = (await screen.findByText('签到')).closest('tr') as HTMLElement;
    expect(within(row).getByText('打卡').closest('.ant-tag')).toBeTruthy();
    expect(screen.getByText('表格').closest('tr')?.textContent).toContain('台账');
    expect(screen.getByText(/公开查询准入清单时，搜其中任何一个词/)).toBeTruthy();
    expect(screen.getByText(/线索疑似重复判断也把它们当作相同的词/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '编辑 打卡、签到' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除 台账、报表、表格' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('查找词语'), { target: { value: '报表' } });
    await waitFor(() => expect(screen.queryByText('签到')).toBeNull());
    expect(screen.getByText('台账')).toBeTruthy();
  });

  it('says so when there are no groups yet', async () => {
    vi.stubGlobal('fetch', vi.fn(mockFetch({ 'GET /api/search/synonyms': [] }).fn));
    renderPage();
    expect(await screen.findByText('还没有同义词组')).toBeTruthy();
  });

  it('creates a group: posts the words typed as tags, and shows the new list', async () => {
    let saved = false;
    const { fn, calls } = mockFetch({
      ...csrf,
      'GET /api/search/synonyms': () =>
        jsonResponse(saved ? [...groups, { ...groups[0], id: 3, terms: ['群接龙', '接龙'] }] : groups),
      'POST /api/search/synonyms': () => {
        saved = true;
        return jsonResponse({ id: 3, terms: ['群接龙', '接龙'], createdAt: 'x', updatedAt: 'x' }, 201);
      },
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderPage();
    await screen.findByText('签到');

    fireEvent.click(screen.getByRole('button', { name: /新增同义词组/ }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('combobox', { name: '同义词' });
    addTerm(input, ' 群接龙 ');
    // a separator ends a word too
    fireEvent.change(input, { target: { value: '接龙，' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/search/synonyms');
    expect(jsonBody(post?.init)).toEqual({ terms: ['群接龙', '接龙'] });
    expect(await screen.findByText('保存成功')).toBeTruthy();
    expect(await within(screen.getByRole('table')).findByText('群接龙')).toBeTruthy();
  });

  it('refuses a group of one word before asking the server', async () => {
    const { fn, calls } = mockFetch({ ...csrf, 'GET /api/search/synonyms': groups });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderPage();
    await screen.findByText('签到');
    fireEvent.click(screen.getByRole('button', { name: /新增同义词组/ }));
    const dialog = await screen.findByRole('dialog');
    addTerm(within(dialog).getByRole('combobox', { name: '同义词' }), '打卡');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('一组同义词至少要有2个词')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server’s 400 on the words field and keeps the dialog open', async () => {
    const { fn } = mockFetch({
      ...csrf,
      'GET /api/search/synonyms': groups,
      'PUT /api/search/synonyms/2': () =>
        jsonResponse(
          {
            status: 400,
            message: '提交的内容有误，请按提示修改',
            fieldErrors: { 'terms[3]': '「签到」已在第1号同义词组中，一个词只能属于一组' },
          },
          400,
        ),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: '编辑 台账、报表、表格' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('编辑同义词组')).toBeTruthy();
    addTerm(within(dialog).getByRole('combobox', { name: '同义词' }), '签到');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    const error = await within(dialog).findByText('「签到」已在第1号同义词组中，一个词只能属于一组');
    expect(error.closest('.ant-form-item')?.textContent).toContain('同义词');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('deletes a group only after the confirmation', async () => {
    const { fn, calls } = mockFetch({
      ...csrf,
      'GET /api/search/synonyms': groups,
      'DELETE /api/search/synonyms/1': () => new Response(null, { status: 204 }),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: '删除 打卡、签到' }));
    expect(await screen.findByText('删除后，检索不再把这些词当作同一个词。')).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    const confirm = (await screen.findByRole('tooltip')).querySelector('.ant-btn-dangerous') as HTMLElement;
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/search/synonyms/1')).toBe(true),
    );
    expect(await screen.findByText('已删除')).toBeTruthy();
  });
});
