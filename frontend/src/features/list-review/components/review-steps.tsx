import { Steps } from 'antd';
import { useListReviewI18n } from '../i18n';
import type { ReviewSummary } from '../types';
import { STEPS, stepIndex, statusLabel } from '../utils/review-text';

/** Where the review is: the four steps and the outcome (已保留 / 已修订 / 已取消 once it is known). */
export function ReviewSteps({ summary }: { summary: ReviewSummary }) {
  const { t } = useListReviewI18n();
  const current = stepIndex(summary.status);
  const finished = current === STEPS.length;
  return (
    <Steps
      size="small"
      current={current}
      status={finished ? 'finish' : 'process'}
      items={[
        ...STEPS.map((s) => ({ title: statusLabel(t, s) })),
        { title: finished ? statusLabel(t, summary.status) : t('review.step.outcome') },
      ]}
    />
  );
}
