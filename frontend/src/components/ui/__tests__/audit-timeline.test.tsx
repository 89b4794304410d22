import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@/lib/audit';
import { renderRoutes } from '@/testing/test-utils';
import { AuditTimeline } from '../audit-timeline';

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: '2026-11-20T08:30:00',
  actorUsername: 'reviewer1',
  actorName: '李审核',
  action: 'REVIEWED',
  actionLabel: '审核',
  decision: 'PASS',
  comment: '同意\n准入',
  ...over,
});

function renderTimeline(props: Parameters<typeof AuditTimeline>[0]) {
  return renderRoutes([{ path: '/', element: <AuditTimeline {...props} /> }], '/');
}

describe('AuditTimeline', () => {
  it('shows each entry with its actor, time, comment and (when labelled) decision', () => {
    const color = vi.fn(() => 'green');
    renderTimeline({
      history: [
        entry(),
        entry({ id: 2, actorName: null, action: 'SUBMITTED', actionLabel: null, decision: null, comment: null }),
        entry({ id: 3, actorName: '王归档', action: 'ARCHIVED', actionLabel: null, decision: null, comment: null }),
      ],
      color,
      decisionLabel: (h) => `决定${h.decision}`,
    });
    expect(screen.getByText('审核')).toBeTruthy();
    expect(screen.getByText(/决定PASS/)).toBeTruthy();
    expect(screen.getByText('李审核 2026-11-20 08:30')).toBeTruthy();
    expect(screen.getByText(/同意/)).toBeTruthy();
    // actions by their code, in the current language; one this UI does not know as it came
    expect(screen.getByText('提交申请')).toBeTruthy();
    expect(screen.getByText('ARCHIVED')).toBeTruthy();
    expect(screen.getByText('reviewer1 2026-11-20 08:30')).toBeTruthy();
    expect(color).toHaveBeenCalledTimes(3);
  });

  it('leaves decisions out without a label function', () => {
    renderTimeline({ history: [entry()], color: () => 'blue' });
    expect(screen.getByText('审核')).toBeTruthy();
    expect(screen.queryByText(/PASS/)).toBeNull();
  });

  it('says so when there is no history', () => {
    renderTimeline({ history: [], color: () => 'blue' });
    expect(screen.getByText('暂无办理记录')).toBeTruthy();
  });
});
