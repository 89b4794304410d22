import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import { CopyCaseButton } from '../copy-case-button';

afterEach(() => vi.unstubAllGlobals());

const orgs = [
  { id: 7, code: 'V1', name: '东关社区', type: 'VILLAGE', parentId: 3 },
  { id: 8, code: 'B', name: '县民政局', type: 'COUNTY_DEPT', parentId: null },
];

describe('CopyCaseButton', () => {
  it('copies an application to a person found by name and an organisation', async () => {
    const api = mockFetch({
      'GET /api/orgs': orgs,
      'GET /api/copies/people': (url: URL) =>
        url.searchParams.get('keyword') === '李'
          ? jsonResponse([{ username: 'li', displayName: '李𠀀', orgName: '县民政局' }])
          : jsonResponse([]),
      'POST /api/admission/applications/5/copies': {},
    });
    vi.stubGlobal('fetch', api.fn);
    renderRoutes([{ path: '/', element: <CopyCaseButton chain="admission" id={5} caseKey={['x']} /> }], '/');
    fireEvent.click(screen.getByRole('button', { name: '抄送' }));
    const dialog = await screen.findByRole('dialog');

    // nobody chosen: told so, nothing sent
    fireEvent.click(within(dialog).getByRole('button', { name: '抄送' }));
    expect(await within(dialog).findByText('请选择抄送的人员或单位')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);

    const people = within(dialog).getByRole('combobox', { name: '抄送人员' });
    fireEvent.mouseDown(people);
    fireEvent.change(people, { target: { value: '李' } });
    fireEvent.click(await screen.findByText('李𠀀（县民政局）'));
    const units = within(dialog).getByRole('combobox', { name: '抄送单位' });
    fireEvent.mouseDown(units);
    fireEvent.click(await screen.findByText('东关社区'));

    fireEvent.click(within(dialog).getByRole('button', { name: '抄送' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/admission/applications/5/copies');
    expect(jsonBody(post?.init)).toEqual({ usernames: ['li'], orgIds: [7] });
    expect(await screen.findByText('已抄送')).toBeTruthy();
  });

  it("shows the server's refusal, e.g. everyone already copied", async () => {
    const api = mockFetch({
      'GET /api/orgs': orgs,
      'POST /api/clues/9/copies': () => jsonResponse({ status: 409, message: '所选人员或单位都已抄送过' }, 409),
    });
    vi.stubGlobal('fetch', api.fn);
    renderRoutes([{ path: '/', element: <CopyCaseButton chain="clue" id={9} caseKey={['x']} /> }], '/');
    fireEvent.click(screen.getByRole('button', { name: '抄送' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '抄送单位' }));
    fireEvent.click(await screen.findByText('县民政局'));
    fireEvent.click(within(dialog).getByRole('button', { name: '抄送' }));
    expect(await screen.findByText('所选人员或单位都已抄送过')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'POST')?.url).toBe('/api/clues/9/copies');
  });
});
