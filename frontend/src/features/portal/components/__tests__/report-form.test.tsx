import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { ReportPage } from '../report-page';

const ORGS = [
  { id: 7, code: 'JYJ', name: '县教育局', type: 'COUNTY_DEPT', parentId: null },
  { id: 8, code: 'MZJ', name: '县民政局', type: 'COUNTY_DEPT', parentId: null },
  { id: 20, code: 'HKZ', name: '河口镇', type: 'TOWNSHIP', parentId: null },
  { id: 21, code: 'HKZCA', name: '河口镇长安村', type: 'VILLAGE', parentId: 20 },
  { id: 1, code: 'JFB', name: '县委督查室（减负办）', type: 'BURDEN_OFFICE', parentId: null },
];

const SUGGEST = 'POST /api/public/clues/category-suggestion';

function setup(suggest: (text: string) => string | null = () => null) {
  const { fn, calls } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/public/orgs': ORGS,
    [SUGGEST]: (_url: URL, init?: RequestInit) => {
      const category = suggest(String(jsonBody(init).text));
      return jsonResponse({ category, label: category ? '指尖上的形式主义' : null });
    },
    'POST /api/public/clues': () =>
      jsonResponse({ id: 5, clueNo: 'XS-2026-0005', queryCode: 'ABCDEFGHJKMNPQRSTUVW' }, 201),
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  // the receipt's image needs a canvas, which jsdom does not have: it says so instead of drawing
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  renderRoutes([{ path: '/public/report', element: <ReportPage /> }], '/public/report');
  return { calls, suggestions: () => calls.filter((c) => `${c.method} ${c.url}` === SUGGEST) };
}

const unitSearch = () => screen.getByRole('combobox', { name: '被反映单位' });
const category = () => screen.getByRole<HTMLSelectElement>('combobox', { name: '问题类别' });
const toggle = () => screen.getByRole('button', { name: /补充信息（选填）/ });
const describe_ = (text: string) => fireEvent.change(screen.getByLabelText('反映的问题'), { target: { value: text } });

async function pickUnit(typed: string, name: string) {
  fireEvent.focus(unitSearch());
  fireEvent.change(unitSearch(), { target: { value: typed } });
  const list = screen.getByRole('listbox', { hidden: true });
  fireEvent.click(await within(list).findByRole('option', { name: new RegExp(`^${name} `) }));
}

function submitted(calls: ReturnType<typeof setup>['calls']) {
  const post = calls.find((c) => c.method === 'POST' && c.url === '/api/public/clues');
  return post ? jsonBody(post.init) : null;
}

describe('the report form on a phone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows only the required part; the rest opens with one tap and keeps what was typed', async () => {
    const { calls } = setup();
    await screen.findByRole('combobox', { name: '被反映单位' });
    const place = screen.getByLabelText<HTMLInputElement>('发生地点');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(place.closest('[hidden]')).not.toBeNull();
    // anonymous by default, and the closed section says so
    expect(toggle().textContent).toContain('当前匿名');

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(place.closest('[hidden]')).toBeNull();
    fireEvent.change(place, { target: { value: '河口镇长安村村委会😀' } });
    fireEvent.change(screen.getByLabelText('发生时间'), { target: { value: '今年3月以来' } });
    fireEvent.click(toggle());
    expect(place.closest('[hidden]')).not.toBeNull();
    fireEvent.click(toggle());
    expect(screen.getByLabelText<HTMLInputElement>('发生地点').value).toBe('河口镇长安村村委会😀');
    fireEvent.click(toggle());

    await pickUnit('教育', '县教育局');
    describe_('每天要求在三个App上打卡并上传照片');
    fireEvent.change(category(), { target: { value: 'FINGERTIP_FORMALISM' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('query-code-receipt');
    expect(submitted(calls)).toMatchObject({
      reportedOrgId: 7,
      place: '河口镇长安村村委会😀',
      occurredWhen: '今年3月以来',
      anonymous: true,
      reporterName: null,
    });
  });

  it('opens the section when a field in it is wrong', async () => {
    const { calls } = setup();
    await screen.findByRole('combobox', { name: '被反映单位' });
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('switch', { name: '匿名反映' }));
    fireEvent.click(toggle());
    expect(toggle().textContent).toContain('当前实名');
    await pickUnit('民政', '县民政局');
    describe_('每周都要填写三张内容重复的报表');
    fireEvent.change(category(), { target: { value: 'MEETINGS_AND_DOCUMENTS' } });
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    expect(await screen.findByText('实名反映请至少填写姓名或联系电话')).toBeTruthy();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(submitted(calls)).toBeNull();
  });

  it('suggests the category from the description; one tap on the chip fills it', async () => {
    const { calls, suggestions } = setup((text) => (text.includes('打卡') ? 'FINGERTIP_FORMALISM' : null));
    await screen.findByRole('combobox', { name: '被反映单位' });
    describe_('每天要在工作群里打卡');
    const chip = await screen.findByRole('button', { name: /按描述推荐：指尖上的形式主义/ }, { timeout: 3000 });
    // the text went in the body, not in the address
    expect(suggestions().at(-1)?.url).toBe('/api/public/clues/category-suggestion');
    expect(jsonBody(suggestions().at(-1)?.init)).toEqual({ text: '每天要在工作群里打卡' });
    expect(category().value).toBe('');
    fireEvent.click(chip);
    expect(category().value).toBe('FINGERTIP_FORMALISM');
    expect(screen.queryByTestId('category-suggestion')).toBeNull();
    // the chip is gone: a keyboard user goes on from the category it filled in, not from the page's top
    expect(document.activeElement).toBe(category());

    await pickUnit('河口', '河口镇');
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('query-code-receipt');
    expect(submitted(calls)).toMatchObject({ category: 'FINGERTIP_FORMALISM', reportedOrgId: 20 });
  });

  it('never replaces or second-guesses a category chosen by hand', async () => {
    const { suggestions } = setup(() => 'FINGERTIP_FORMALISM');
    await screen.findByRole('combobox', { name: '被反映单位' });
    fireEvent.change(category(), { target: { value: 'INSPECTIONS' } });
    describe_('每天要在工作群里打卡');
    await new Promise((r) => setTimeout(r, 900));
    expect(suggestions()).toHaveLength(0);
    expect(screen.queryByTestId('category-suggestion')).toBeNull();
    expect(category().value).toBe('INSPECTIONS');
  });

  it('finds the unit by pinyin initials or part of the name, and takes an unknown unit as typed', async () => {
    const { calls } = setup();
    await screen.findByRole('combobox', { name: '被反映单位' });
    fireEvent.focus(unitSearch());
    fireEvent.change(unitSearch(), { target: { value: 'jyj' } });
    const list = screen.getByRole('listbox', { hidden: true });
    expect(await within(list).findByRole('option', { name: /^县教育局/ })).toBeTruthy();
    expect(within(list).queryByRole('option', { name: /^县民政局/ })).toBeNull();

    fireEvent.change(unitSearch(), { target: { value: 'cac' } });
    expect(await within(list).findByRole('option', { name: /^河口镇长安村/ })).toBeTruthy();

    fireEvent.change(unitSearch(), { target: { value: '河口' } });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['河口镇 乡镇/街道', '河口镇长安村 村/社区', '列表中没有，按“河口”填写']);
    // the office itself is not a unit one reports
    fireEvent.change(unitSearch(), { target: { value: '减负办' } });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['列表中没有，按“减负办”填写']);

    fireEvent.change(unitSearch(), { target: { value: '县𠀾溪办' } });
    fireEvent.click(within(list).getByRole('option', { name: '列表中没有，按“县𠀾溪办”填写' }));
    expect(screen.getByTestId('unit-picked').textContent).toContain('按填写的名称：县𠀾溪办');
    // Enter in the search box never submits the form
    fireEvent.keyDown(unitSearch(), { key: 'Enter' });
    describe_('要求每天在三个App上重复打卡并上传照片');
    fireEvent.change(category(), { target: { value: 'FINGERTIP_FORMALISM' } });
    expect(submitted(calls)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '提交反映' }));
    await screen.findByTestId('query-code-receipt');
    expect(submitted(calls)).toMatchObject({ reportedOrgId: null, reportedUnitText: '县𠀾溪办' });
  });

  it('says everything in English too', async () => {
    const { fn } = mockFetch({ 'GET /api/public/orgs': ORGS });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/public/report', element: <ReportPage /> }], '/public/report', { language: 'en' });
    const search = await screen.findByRole('combobox', { name: 'Unit reported' });
    expect(search.getAttribute('placeholder')).toBe('Type a name or its pinyin initials, e.g. jyj');
    expect(screen.getByRole('button', { name: /More details \(optional\)/ }).textContent).toContain('now anonymous');
    fireEvent.change(search, { target: { value: 'zzz' } });
    expect(screen.getByRole('option', { name: 'Not in the list: use "zzz"', hidden: true })).toBeTruthy();
  });
});

describe('the track page opened from the receipt QR code', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills in the clue number from the address and waits for the code', async () => {
    const { fn } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fn));
    const { TrackPage } = await import('../track-page');
    renderRoutes([{ path: '/public/track', element: <TrackPage /> }], '/public/track?clueNo=xs-2026-0005');
    expect(await screen.findByText('已填好线索编号 XS-2026-0005，请输入查询码。')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('线索编号').value).toBe('XS-2026-0005'));
    expect(screen.getByLabelText<HTMLInputElement>('查询码').value).toBe('');
  });

  it('ignores anything that is not a clue number', async () => {
    const { fn } = mockFetch({});
    vi.stubGlobal('fetch', vi.fn(fn));
    const { TrackPage } = await import('../track-page');
    renderRoutes([{ path: '/public/track', element: <TrackPage /> }], '/public/track?clueNo=%3Cscript%3E');
    expect(await screen.findByLabelText<HTMLInputElement>('线索编号')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('线索编号').value).toBe('');
    expect(screen.queryByText(/已填好线索编号/)).toBeNull();
  });
});
