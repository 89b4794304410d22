import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, renderRoutes } from '@/testing/test-utils';
import type { ProjectedLoad } from '../../types';
import { BurdenProjectionPanel, orderProjection } from '../burden-projection-panel';

function village(id: number, name: string, over: Partial<ProjectedLoad> = {}): ProjectedLoad {
  return {
    villageId: id,
    villageName: name,
    townshipName: '城关镇',
    hours: 40,
    capacity: 120,
    projectedHours: 50,
    projectedRatio: 0.417,
    pushedOver: false,
    overCapacity: false,
    ...over,
  };
}

// as the server sends them: the heaviest first
const ROWS = [
  village(1, '东关社区', { hours: 118, projectedHours: 128, projectedRatio: 1.067, overCapacity: true }),
  village(2, '西关村', { hours: 130, projectedHours: 140, projectedRatio: 1.167, overCapacity: true }),
  village(3, '南街村', {
    hours: 115,
    projectedHours: 125,
    projectedRatio: 1.042,
    pushedOver: true,
    overCapacity: true,
  }),
  village(4, '北山村'),
];

const render = (rows: unknown, language: 'zh' | 'en' = 'zh') => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      mockFetch({
        'GET /api/admission/applications/7/burden': typeof rows === 'function' ? rows : () => jsonResponse(rows),
      }).fn,
    ),
  );
  return renderRoutes([{ path: '/', element: <BurdenProjectionPanel applicationId={7} /> }], '/', { language });
};

const villageNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0].textContent);

describe('BurdenProjectionPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('orders the villages the item pushes over first, then those already over, and tags them', async () => {
    render(ROWS);
    expect(await screen.findByText('南街村')).toBeTruthy();
    expect(villageNames()).toEqual([
      '南街村本事项使其超出承载力',
      '西关村已超出承载力',
      '东关社区已超出承载力',
      '北山村',
    ]);
    expect(screen.getAllByTestId('pushed-over')).toHaveLength(1);
    expect(screen.getAllByTestId('already-over')).toHaveLength(2);
    expect(screen.getByText('115 → 125')).toBeTruthy();
    expect(screen.getByText('104.2%')).toBeTruthy();
    expect(screen.getByTestId('burden-summary').textContent).toBe(
      '涉及 4 个村(社区)：1 个将因本事项超出承载力，2 个已超出承载力。',
    );
  });

  it('shows the first ten villages and the rest on demand', async () => {
    const many = Array.from({ length: 13 }, (_, i) => village(i + 1, `村${String(i + 1).padStart(2, '0')}`));
    render(many);
    expect(await screen.findByText('村01')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(11);
    fireEvent.click(screen.getByRole('button', { name: '显示全部 13 个村(社区)' }));
    expect(screen.getAllByRole('row')).toHaveLength(14);
    fireEvent.click(screen.getByRole('button', { name: '收起' }));
    expect(screen.getAllByRole('row')).toHaveLength(11);
  });

  it('says when no village is reached, and speaks English', async () => {
    render([], 'en');
    expect(await screen.findByText('No village reached yet')).toBeTruthy();
    expect(screen.queryByTestId('burden-summary')).toBeNull();
  });

  it('shows a failure as a message with a retry', async () => {
    render(() => jsonResponse({ status: 500, message: '服务器繁忙，请稍后再试' }, 500));
    expect(await screen.findByText('各村负担加载失败')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('keeps the server order within a group when ratios tie', () => {
    const a = village(5, 'A');
    const b = village(6, 'B');
    expect(orderProjection([b, a]).map((v) => v.villageId)).toEqual([6, 5]);
  });
});
