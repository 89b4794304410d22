import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonBody, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { ClueCurrentTask, ClueDetail } from '../../types';
import { TriagePanel } from '../triage-panel';

const orgs = [
  { id: 1, code: 'office', name: '县委督查室（减负办）', type: 'BURDEN_OFFICE', parentId: null },
  { id: 3, code: 'edu', name: '县教育局', type: 'COUNTY_DEPT', parentId: null },
  { id: 20, code: 'hk', name: '河口镇', type: 'TOWNSHIP', parentId: null },
  { id: 31, code: 'dg', name: '东关社区', type: 'VILLAGE', parentId: 20 },
];

const task = { taskId: 'tk1', taskKey: 'Task_Triage', name: '快速分办' } as ClueCurrentTask;

function renderPanel(clue: Partial<ClueDetail>) {
  const mock = mockFetch({
    'GET /api/orgs': orgs,
    'GET /api/clues/5/duplicates': [],
    'POST /api/clues/tasks/tk1/triage': { id: 5 },
  });
  vi.stubGlobal('fetch', vi.fn(mock.fn));
  const detail = { id: 5, reportedOrgId: null, place: null, ...clue } as ClueDetail;
  renderRoutes([{ path: '/', element: <TriagePanel clue={detail} task={task} disabled={false} /> }], '/');
  return mock;
}

describe('TriagePanel (快速分办)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts with the unit reported and the village named in the place selected', async () => {
    const mock = renderPanel({ reportedOrgId: 3, place: '河口镇东关社区居委会' });
    const picker = screen.getByRole('combobox', { name: '承办单位' }).closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(picker.textContent).toContain('县教育局'));
    expect(picker.textContent).toContain('东关社区');
    expect(picker.textContent).not.toContain('河口镇');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(mock.calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = jsonBody(mock.calls.find((c) => c.method === 'POST')?.init);
    expect(sent.unitIds).toEqual([3, 31]);
  });

  it('starts empty when the clue names no known unit or place', async () => {
    const mock = renderPanel({ reportedOrgId: null, place: '不详' });
    await waitFor(() => expect(mock.calls.some((c) => c.url === '/api/orgs')).toBe(true));
    const picker = screen.getByRole('combobox', { name: '承办单位' }).closest('.ant-select') as HTMLElement;
    expect(picker.querySelector('.ant-select-selection-item')).toBeNull();
  });
});
