// The review's and the approval's decision: pass or return, a comment required to return.
import { z } from 'zod';
import { charCount, DECISION_COMMENT } from '@/lib/text-limits';
import { tZh, type ListReviewTranslate } from '../i18n';
import { REVIEW_DECISIONS } from '../types';

export function createDecisionSchema(t: ListReviewTranslate = tZh, kind: 'review' | 'approve' = 'review') {
  return z
    .object({
      decision: z.enum(REVIEW_DECISIONS, {
        error: kind === 'review' ? t('review.decide.decisionRequired') : t('review.decide.approvalRequired'),
      }),
      comment: z
        .string()
        .trim()
        .refine((v) => charCount(v) <= DECISION_COMMENT, t('review.decide.commentTooLong', { max: DECISION_COMMENT }))
        .nullish()
        .transform((v) => (v ? v : null)),
    })
    .refine((v) => v.decision === 'PASS' || !!v.comment, {
      path: ['comment'],
      message: t('review.decide.commentRequired'),
    });
}

export type DecisionValues = z.output<ReturnType<typeof createDecisionSchema>>;
