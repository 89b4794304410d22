import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Milestone } from '@/lib/milestones';
import { renderRoutes } from '@/testing/test-utils';
import { StepBar } from '../step-bar';

const clue: Milestone[] = [
  { key: 'ASSIGNED', label: '交办', state: 'DONE', outcome: null, at: '2026-11-02T09:30:00+08:00', people: ['赵主任'] },
  {
    key: 'VERIFIED',
    label: '核查',
    state: 'DONE',
    outcome: null,
    at: '2026-11-04T10:00:00+08:00',
    people: ['钱村干部', '孙科员'],
  },
  { key: 'RECTIFIED', label: '整改', state: 'CURRENT', outcome: null, at: null, people: [] },
  { key: 'ANSWERED', label: '答复', state: 'WAITING', outcome: null, at: null, people: [] },
];

function stepOf(key: string) {
  return screen.getByTestId(`step-${key}`).closest('.ant-steps-item') as HTMLElement;
}

describe('StepBar', () => {
  it('shows each step with its date and the names of who did it, and marks the current one', () => {
    renderRoutes([{ path: '/', element: <StepBar milestones={clue} /> }], '/');
    const bar = screen.getByTestId('step-bar');
    expect(within(bar).getAllByText(/交办|核查|整改|答复/).length).toBeGreaterThanOrEqual(4);
    expect(screen.getByTestId('step-ASSIGNED').textContent).toContain('2026-11-02');
    expect(screen.getByTestId('step-ASSIGNED').textContent).toContain('赵主任');
    expect(screen.getByTestId('step-VERIFIED').textContent).toContain('钱村干部、孙科员');
    expect(screen.getByTestId('step-RECTIFIED').textContent).toContain('正在办理');
    expect(stepOf('ASSIGNED').className).toContain('ant-steps-item-finish');
    expect(stepOf('RECTIFIED').className).toContain('ant-steps-item-process');
    expect(stepOf('ANSWERED').className).toContain('ant-steps-item-wait');
  });

  it('names how a stopped step ended', () => {
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <StepBar
              milestones={[
                {
                  key: 'SUBMITTED',
                  label: '提交',
                  state: 'DONE',
                  outcome: null,
                  at: '2026-11-02T09:30:00+08:00',
                  people: ['张三'],
                },
                {
                  key: 'REVIEWED',
                  label: '审核',
                  state: 'STOPPED',
                  outcome: 'RETURNED',
                  at: '2026-11-03T09:30:00+08:00',
                  people: ['李四'],
                },
                { key: 'APPROVED', label: '审批', state: 'WAITING', outcome: null, at: null, people: [] },
              ]}
            />
          ),
        },
      ],
      '/',
    );
    expect(screen.getByText('审核 · 退回修改')).toBeTruthy();
    expect(stepOf('REVIEWED').className).toContain('ant-steps-item-error');
  });

  it('stacks vertically on a phone and runs across on a wide screen', () => {
    const wide = (q: string) => ({
      matches: !/max-width/.test(q),
      media: q,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
    const media = vi.spyOn(window, 'matchMedia');
    try {
      media.mockImplementation((q: string) => ({ ...wide(q), matches: false }));
      const phone = renderRoutes([{ path: '/', element: <StepBar milestones={clue} /> }], '/');
      expect(phone.container.querySelector('.ant-steps-vertical')).not.toBeNull();
      phone.unmount();
      media.mockImplementation(wide);
      const desk = renderRoutes([{ path: '/', element: <StepBar milestones={clue} /> }], '/');
      expect(desk.container.querySelector('.ant-steps-horizontal')).not.toBeNull();
      expect(desk.container.querySelector('.ant-steps-vertical')).toBeNull();
    } finally {
      media.mockRestore();
    }
  });

  it('draws nothing without milestones', () => {
    renderRoutes([{ path: '/', element: <StepBar milestones={[]} /> }], '/');
    expect(screen.queryByTestId('step-bar')).toBeNull();
  });
});
