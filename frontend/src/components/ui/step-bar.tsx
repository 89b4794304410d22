// The step bar of one case (submitted → reviewed → approved, assigned → verified → rectified → answered):
// each step with its date and the names of who did it. Horizontal on wide screens, vertical on phones.
import { Grid, Steps, Typography } from 'antd';
import { formatDate } from '@/lib/format';
import { useI18n, type SharedKey } from '@/lib/i18n';
import type { Milestone, MilestoneState } from '@/lib/milestones';

const STATUS: Record<MilestoneState, 'finish' | 'process' | 'wait' | 'error'> = {
  DONE: 'finish',
  CURRENT: 'process',
  WAITING: 'wait',
  STOPPED: 'error',
};

const TITLES: Record<string, SharedKey> = {
  SUBMITTED: 'stepBar.SUBMITTED',
  REVIEWED: 'stepBar.REVIEWED',
  APPROVED: 'stepBar.APPROVED',
  ASSIGNED: 'stepBar.ASSIGNED',
  VERIFIED: 'stepBar.VERIFIED',
  RECTIFIED: 'stepBar.RECTIFIED',
  ANSWERED: 'stepBar.ANSWERED',
};

const OUTCOMES: Record<string, SharedKey> = {
  RETURNED: 'stepBar.outcome.RETURNED',
  REFUSED: 'stepBar.outcome.REFUSED',
  WITHDRAWN: 'stepBar.outcome.WITHDRAWN',
  NOT_SUBSTANTIATED: 'stepBar.outcome.NOT_SUBSTANTIATED',
  NOT_ACCEPTED: 'stepBar.outcome.NOT_ACCEPTED',
  MERGED: 'stepBar.outcome.MERGED',
};

export function StepBar({ milestones }: { milestones: Milestone[] | undefined }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  if (!milestones?.length) return null;
  // below 576 px (antd's "sm") the steps stack, so names and dates keep their full width
  const phone = !screens.sm;
  const current = Math.max(
    0,
    milestones.findIndex((m) => m.state === 'CURRENT' || m.state === 'STOPPED'),
  );
  return (
    <nav aria-label={t('stepBar.label')} data-testid="step-bar">
      <Steps
        size="small"
        orientation={phone ? 'vertical' : 'horizontal'}
        responsive={false}
        current={current}
        items={milestones.map((m) => {
          const outcome = m.outcome ? OUTCOMES[m.outcome] : undefined;
          const title = TITLES[m.key] ? t(TITLES[m.key]) : m.label;
          return {
            key: m.key,
            status: STATUS[m.state],
            title: outcome ? `${title} · ${t(outcome)}` : title,
            content: (
              <span data-testid={`step-${m.key}`}>
                {m.state === 'CURRENT' ? (
                  <Typography.Text type="secondary">{t('stepBar.current')}</Typography.Text>
                ) : null}
                {m.at ? <span className="step-date">{formatDate(m.at)}</span> : null}
                {m.people.length ? <span className="step-people"> {m.people.join(t('common.separator'))}</span> : null}
              </span>
            ),
          };
        })}
      />
    </nav>
  );
}
