import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { ChangesCard } from '../changes-card';

const changes = {
  resubmitted: true,
  submissionNo: 2,
  previousSubmittedAt: '2026-03-01T09:00:00+08:00',
  submittedAt: '2026-03-05T09:00:00+08:00',
  fields: [
    {
      field: 'content',
      label: '事项内容',
      kind: 'TEXT',
      before: '入户宣传',
      after: '入户登记𠀀😀',
      beforeCode: null,
      afterCode: null,
    },
    {
      field: 'requiresCheckIn',
      label: '要求打卡签到',
      kind: 'FLAG',
      before: '否',
      after: '是',
      beforeCode: 'false',
      afterCode: 'true',
    },
  ],
  findingsAdded: [{ code: 'NEGATIVE_CHECK_IN', level: 'WARN', message: '涉及负面清单：要求打卡签到', params: {} }],
  findingsRemoved: [],
};

function setup(body: unknown, language: 'zh' | 'en' = 'zh') {
  const { fn } = mockFetch({
    'GET /api/auth/csrf': { token: 't', headerName: 'X-XSRF-TOKEN' },
    'GET /api/admission/applications/42/changes': body,
  });
  vi.stubGlobal('fetch', vi.fn(fn));
  return renderRoutes([{ path: '/', element: <ChangesCard applicationId={42} /> }], '/', { language });
}

describe('ChangesCard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each changed field with before and after, and the new pre-check findings', async () => {
    setup(changes);
    expect(await screen.findByText('本次修改')).toBeTruthy();
    await screen.findByText(/入户登记𠀀😀/);
    const content = document.querySelector('[data-field="content"]') as HTMLElement;
    expect(content.textContent).toContain('事项内容');
    expect(content.textContent).toContain('入户宣传');
    expect(content.textContent).toContain('入户登记𠀀😀');
    const flag = document.querySelector('[data-field="requiresCheckIn"]') as HTMLElement;
    expect(flag.textContent).toContain('修改前：否');
    expect(flag.textContent).toContain('修改后：是');
    expect(screen.getByText('预审新出现的发现')).toBeTruthy();
    expect(document.querySelector('[data-code="NEGATIVE_CHECK_IN"]')).toBeTruthy();
    expect(screen.queryByText('预审不再有的发现')).toBeNull();
  });

  it('speaks English, choices included', async () => {
    setup(changes, 'en');
    expect(await screen.findByText('What changed')).toBeTruthy();
    await screen.findByText(/入户登记𠀀😀/);
    const flag = document.querySelector('[data-field="requiresCheckIn"]') as HTMLElement;
    expect(flag.textContent).toContain('Before：No');
    expect(flag.textContent).toContain('After：Yes');
  });

  it('shows nothing for an application submitted once', async () => {
    const { container } = setup({ ...changes, resubmitted: false, submissionNo: 1, fields: [], findingsAdded: [] });
    await new Promise((r) => setTimeout(r, 300));
    expect(container.querySelector('[data-testid="changes-card"]')).toBeNull();
  });
});
