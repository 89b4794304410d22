import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { TrackPage } from '../track-page';

const CODE = 'ABCDEFGHJKMNPQRSTUVW';
const view = (over: Record<string, unknown> = {}) => ({
  clueNo: 'XS-2026-0005',
  category: 'FINGERTIP_FORMALISM',
  categoryLabel: '指尖上的形式主义',
  status: 'RATING',
  statusLabel: '待评价',
  outcome: '经核查，反映的问题属实',
  mergedIntoClueNo: null,
  messages: [{ id: 1, kind: 'REPLY', content: '已督促整改，社区不再重复填报。', at: '2026-11-23T10:00:00' }],
  files: [],
  rating: null,
  ratingComment: null,
  canSupplement: true,
  canRate: true,
  canReopen: true,
  submittedAt: '2026-11-20T09:00:00',
  closedAt: null,
  ...over,
});

describe('TrackPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('looks a clue up with number and code in the body, shows the reply and rates it', async () => {
    const { fn, calls } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'POST /api/public/clues/query': (_u: URL, init?: RequestInit) =>
        jsonBody(init).code === CODE
          ? jsonResponse(view())
          : jsonResponse({ status: 404, message: '线索编号或查询码不正确' }, 404),
      'POST /api/public/clues/rate': () =>
        jsonResponse(
          view({
            status: 'CLOSED',
            statusLabel: '已办结',
            rating: 'UNSATISFIED',
            ratingComment: '还在填',
            canRate: false,
            canSupplement: false,
          }),
        ),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    const { router } = renderRoutes([{ path: '/public/track', element: <TrackPage /> }], '/public/track');

    fireEvent.change(await screen.findByLabelText('线索编号'), { target: { value: 'xs-2026-0005' } });
    fireEvent.change(screen.getByLabelText('查询码'), { target: { value: 'ABCD-EFGH-JKMN-PQRS-TUVX' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('线索编号或查询码不正确')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('查询码'), { target: { value: 'abcd efgh jkmn pqrs tuvw' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('已督促整改，社区不再重复填报。')).toBeTruthy();
    const query = calls.filter((c) => c.url === '/api/public/clues/query');
    expect(jsonBody(query[1].init)).toEqual({ clueNo: 'XS-2026-0005', code: CODE });
    expect(router.state.location.search).toBe('');

    fireEvent.click(screen.getByRole('radio', { name: '不满意' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('不满意时请说明原因')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('评价意见'), { target: { value: '还在填' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: '申请重新整改' }));
    fireEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('已办结')).toBeTruthy();
    const rate = calls.find((c) => c.url === '/api/public/clues/rate');
    expect(jsonBody(rate?.init)).toEqual({
      clueNo: 'XS-2026-0005',
      code: CODE,
      rating: 'UNSATISFIED',
      comment: '还在填',
      reopen: true,
    });
  });

  it('shows the reporter the step bar with dates and the units that handled each step', async () => {
    const milestones = [
      {
        key: 'ASSIGNED',
        label: '交办',
        state: 'DONE',
        outcome: null,
        at: '2026-11-21T09:30:00',
        people: ['县委督查室（减负办）'],
      },
      { key: 'VERIFIED', label: '核查', state: 'DONE', outcome: null, at: '2026-11-22T10:00:00', people: ['东关社区'] },
      { key: 'RECTIFIED', label: '整改', state: 'CURRENT', outcome: null, at: null, people: [] },
      { key: 'ANSWERED', label: '答复', state: 'WAITING', outcome: null, at: null, people: [] },
    ];
    const { fn } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'POST /api/public/clues/query': () =>
        jsonResponse(view({ status: 'RECTIFYING', statusLabel: '整改中', canRate: false, milestones })),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/public/track', element: <TrackPage /> }], '/public/track');
    fireEvent.change(await screen.findByLabelText('线索编号'), { target: { value: 'XS-2026-0005' } });
    fireEvent.change(screen.getByLabelText('查询码'), { target: { value: CODE } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));

    const bar = await screen.findByRole('navigation', { name: '办理进度' });
    expect(bar.closest('[data-testid="public-clue-view"]')).toBeTruthy();
    expect(screen.getByTestId('step-ASSIGNED').textContent).toContain('2026-11-21');
    expect(screen.getByTestId('step-ASSIGNED').textContent).toContain('县委督查室（减负办）');
    expect(screen.getByTestId('step-VERIFIED').textContent).toContain('东关社区');
    expect(screen.getByTestId('step-RECTIFIED').textContent).toContain('正在办理');
  });

  it('shows no step bar when the server sends none', async () => {
    const { fn } = mockFetch({
      'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
      'POST /api/public/clues/query': () => jsonResponse(view()),
    });
    vi.stubGlobal('fetch', vi.fn(fn));
    renderRoutes([{ path: '/public/track', element: <TrackPage /> }], '/public/track');
    fireEvent.change(await screen.findByLabelText('线索编号'), { target: { value: 'XS-2026-0005' } });
    fireEvent.change(screen.getByLabelText('查询码'), { target: { value: CODE } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByTestId('public-clue-view')).toBeTruthy();
    expect(screen.queryByTestId('step-bar')).toBeNull();
  });
});
