import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { ClueDetail } from '../../types';
import { TypicalPanel } from '../typical-panel';

const clue = { id: 12, clueNo: 'XS-2026-0012', typical: false, typicalSummary: null } as unknown as ClueDetail;

const TEXT = '某部门要求社区每天在工作群上传巡查照片，已责令停止';
const DIGEST = 'a'.repeat(64);

const preview = {
  clueNo: 'XS-2026-0012',
  category: 'FINGERTIP_FORMALISM',
  categoryLabel: '指尖上的形式主义',
  summary: TEXT,
  closedAt: '2026-11-20T10:00:00+08:00',
  digest: DIGEST,
};

function renderPanel(routes: Record<string, unknown>) {
  const { fn, calls } = mockFetch({ 'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' }, ...routes });
  vi.stubGlobal('fetch', vi.fn(fn));
  renderRoutes([{ path: '/clues/12', element: <TypicalPanel clue={clue} /> }], '/clues/12');
  return calls;
}

const publishCalls = (calls: ReturnType<typeof mockFetch>['calls']) =>
  calls.filter((c) => c.method === 'POST' && c.url === '/api/clues/12/typical');

describe('TypicalPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('previews the case as the public page shows it and publishes only on confirmation, with the digest', async () => {
    const calls = renderPanel({
      'POST /api/clues/12/typical/preview': preview,
      'POST /api/clues/12/typical': () =>
        jsonResponse({ ...clue, typical: true, typicalSummary: TEXT, history: [], units: [] }),
    });
    fireEvent.change(await screen.findByLabelText('通报内容'), { target: { value: `  ${TEXT}  ` } });
    fireEvent.click(screen.getByRole('button', { name: /预览通报/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('预览典型问题通报')).toBeTruthy();
    const card = within(dialog).getByTestId('typical-case');
    expect(within(card).getByText('指尖上的形式主义')).toBeTruthy();
    expect(card.textContent).toContain('XS-2026-0012');
    expect(card.textContent).toContain('通报于');
    expect(within(card).getByText(TEXT)).toBeTruthy();
    const sent = calls.find((c) => c.url === '/api/clues/12/typical/preview');
    expect(jsonBody(sent?.init)).toEqual({ summary: TEXT });
    expect(publishCalls(calls)).toHaveLength(0);

    // 返回修改: nothing is published, the text stays for editing
    fireEvent.click(within(dialog).getByRole('button', { name: '返回修改' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(publishCalls(calls)).toHaveLength(0);
    expect(screen.getByLabelText<HTMLTextAreaElement>('通报内容').value).toContain(TEXT);

    fireEvent.click(screen.getByRole('button', { name: /预览通报/ }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认发布' }));
    await waitFor(() => expect(publishCalls(calls)).toHaveLength(1));
    expect(jsonBody(publishCalls(calls)[0].init)).toEqual({ typical: true, summary: TEXT, confirmedDigest: DIGEST });
    expect(await screen.findByText('已发布通报')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the server’s refusal of the preview on the summary and opens no preview', async () => {
    const calls = renderPanel({
      'POST /api/clues/12/typical/preview': () =>
        jsonResponse(
          {
            status: 400,
            message: '提交的内容有误，请按提示修改',
            fieldErrors: { summary: '通报内容不能包含反映人的姓名或联系电话' },
          },
          400,
        ),
    });
    fireEvent.change(await screen.findByLabelText('通报内容'), { target: { value: '群众张秘密反映每天拍照' } });
    fireEvent.click(screen.getByRole('button', { name: /预览通报/ }));

    const error = await screen.findByText('通报内容不能包含反映人的姓名或联系电话');
    expect(error.closest('.ant-form-item')?.textContent).toContain('通报内容');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(publishCalls(calls)).toHaveLength(0);
  });

  it('asks for a summary before previewing', async () => {
    const calls = renderPanel({});
    fireEvent.click(await screen.findByRole('button', { name: /预览通报/ }));
    expect(await screen.findByText('请填写通报内容（不得包含反映人信息）')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
