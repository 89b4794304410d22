import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import type { PreCheck } from '../../types';
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

describe('PreCheckPanel findings', () => {
  const preCheck: PreCheck = {
    findings: [
      {
        code: 'WORKLOAD',
        level: 'WARN',
        message: '涉及 120 个村(社区)，每村每月约 8 小时，合计每月约 960 小时，单村负担较重',
        params: { villages: '120', hoursPerVillage: '8', totalHours: '960', heavy: 'true' },
      },
      {
        code: 'DUPLICATE_ITEM',
        level: 'WARN',
        message: '可能与准入清单已有事项重复：ZR-2026-001《村级安全巡查》（县应急管理局）',
        params: { listNo: 'ZR-2026-001', itemName: '村级安全巡查', leadOrg: '县应急管理局' },
      },
      { code: 'NO_FUNDING', level: 'INFO', message: '未安排随事转移的工作经费（费随事转）' },
      // an older server without params, and a code this UI does not know: the server's text
      { code: 'DUPLICATE_APPLICATION', level: 'WARN', message: '可能与正在办理的申请重复：第9号《巡查》' },
      { code: 'SOMETHING_NEW', level: 'INFO', message: '新的预审提示' },
    ],
    estimatedHoursPerMonthTotal: 960,
    targetVillageCount: 120,
    checkedAt: '2026-03-01T09:00:05+08:00',
  };

  it('says each finding in English from its code and parameters', async () => {
    renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={preCheck} /> }], '/', { language: 'en' });
    expect(
      await screen.findByText(
        '120 villages, about 8 h a month each, about 960 h a month in all: a heavy load for each village',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('May duplicate ZR-2026-001 "村级安全巡查" (县应急管理局) on the admission list'),
    ).toBeTruthy();
    expect(screen.getByText('No working funds follow the task')).toBeTruthy();
    expect(screen.getByText('可能与正在办理的申请重复：第9号《巡查》')).toBeTruthy();
    expect(screen.getByText('新的预审提示')).toBeTruthy();
  });

  it('says them in Chinese exactly as the server does', async () => {
    renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={preCheck} /> }], '/');
    for (const f of preCheck.findings) expect(await screen.findByText(f.message)).toBeTruthy();
  });

  it('marks 多头指派 with a red tag naming the other department, and quotes the phrase found in the text', async () => {
    const findings: PreCheck = {
      findings: [
        {
          code: 'DUPLICATE_ITEM',
          level: 'WARN',
          message: '可能与准入清单已有事项重复',
          params: {
            listNo: 'ZR-2026-001',
            itemName: '村级安全巡查',
            leadOrg: '县应急管理局',
            multiDepartment: 'true',
            similarity: '87',
          },
        },
        {
          code: 'NEGATIVE_TEXT_PHOTO_PROOF',
          level: 'WARN',
          message: '申请内容提到“拍照上传”……',
          params: { phrase: '拍照上传' },
        },
      ],
      estimatedHoursPerMonthTotal: null,
      targetVillageCount: null,
      checkedAt: null,
    };
    const view = renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={findings} /> }], '/');
    expect((await screen.findByTestId('multi-department')).textContent).toBe('多头指派：县应急管理局');
    expect(screen.getByText('相似度 87%')).toBeTruthy();
    expect(screen.getByText('申请内容提到“拍照上传”，涉及负面清单事项：拍照留痕，但未勾选相应选项')).toBeTruthy();
    view.unmount();

    renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={findings} /> }], '/', { language: 'en' });
    expect((await screen.findByTestId('multi-department')).textContent).toBe('Several departments: 县应急管理局');
    expect(
      screen.getByText(
        'The text mentions “拍照上传”: photos as proof are on the negative list, but the box is not ticked',
      ),
    ).toBeTruthy();
  });

  it('names the villages an item would take over their capacity', async () => {
    const over = (params: Record<string, string>, message: string): PreCheck => ({
      findings: [{ code: 'OVER_CAPACITY', level: 'WARN', message, params }],
      estimatedHoursPerMonthTotal: null,
      targetVillageCount: null,
      checkedAt: null,
    });
    const both = over(
      { pushed: '7', already: '2', villages: '东关社区、西关村、南街村、北山村、柳家村', more: 'true' },
      '将使 7 个村(社区)超出承载力（东关社区、西关村、南街村、北山村、柳家村等）；另有 2 个村(社区)已超出承载力',
    );
    const pushed = over(
      { pushed: '1', already: '0', villages: '南街村', more: 'false' },
      '将使 1 个村(社区)超出承载力（南街村）',
    );
    const already = over({ pushed: '0', already: '2', villages: '', more: 'false' }, '2 个村(社区)已超出承载力');
    for (const p of [both, pushed, already]) {
      const view = renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={p} /> }], '/');
      // the same words as the server's
      expect((await screen.findByText(p.findings[0].message)).closest('.ant-alert-warning')).toBeTruthy();
      view.unmount();
    }
    renderRoutes([{ path: '/', element: <PreCheckPanel preCheck={both} /> }], '/', { language: 'en' });
    expect(
      await screen.findByText(
        'Would take 7 villages over their capacity (东关社区、西关村、南街村、北山村、柳家村 and others); 2 more villages are over their capacity already',
      ),
    ).toBeTruthy();
  });
});
