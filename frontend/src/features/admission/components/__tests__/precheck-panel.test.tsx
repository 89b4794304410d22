import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { PreCheckPanel } from '../precheck-panel';

describe('PreCheckPanel', () => {
  it('puts each label above its value, so numbers keep one line in the narrow side column', async () => {
    const preCheck = {
      findings: [],
      estimatedHoursPerMonthTotal: 12345,
      targetVillageCount: 120,
      checkedAt: '2026-03-01T09:00:05+08:00',
    };
    renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={preCheck} /> }], '/');
    for (const [label, value] of [
      ['预计全县每月新增工作量', '12345 小时'],
      ['涉及村(社区)数', '120'],
    ]) {
      const labelRow = (await screen.findByText(label)).closest('tr');
      const valueRow = screen.getByText(value).closest('tr');
      expect(labelRow).toBeTruthy();
      expect(valueRow).toBeTruthy();
      expect(valueRow).not.toBe(labelRow);
      expect(labelRow?.nextElementSibling).toBe(valueRow);
    }
  });
});
