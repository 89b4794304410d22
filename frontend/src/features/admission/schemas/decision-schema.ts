// Schemas of the decision panel (review / approve) and the withdraw dialog.
import { z } from 'zod';
import { charCount, DECISION_COMMENT } from '@/lib/text-limits';
import { tZh, type AdmissionTranslate } from '../i18n';

/** Characters (code points), as the server counts them. */
const fits = (v: string) => charCount(v) <= DECISION_COMMENT;

/** A comment is required for every decision except the positive one (PASS / APPROVE). */
function decisionSchema<D extends readonly [string, ...string[]]>(
  decisions: D,
  positive: D[number],
  t: AdmissionTranslate,
) {
  return z
    .object({
      decision: z.enum(decisions, { error: t('decision.decisionRequired') }),
      comment: z
        .string()
        .trim()
        .refine(fits, t('decision.commentTooLong'))
        .nullish()
        .transform((v) => (v ? v : null)),
    })
    .refine((v) => v.decision === positive || !!v.comment, {
      path: ['comment'],
      message: t('decision.commentRequired'),
    });
}

export const REVIEW_DECISIONS = ['PASS', 'RETURN', 'REFUSE'] as const;
export const APPROVE_DECISIONS = ['APPROVE', 'REFUSE', 'RETURN'] as const;

export const createReviewSchema = (t: AdmissionTranslate = tZh) => decisionSchema(REVIEW_DECISIONS, 'PASS', t);
export const createApproveSchema = (t: AdmissionTranslate = tZh) => decisionSchema(APPROVE_DECISIONS, 'APPROVE', t);

export type ReviewValues = z.output<ReturnType<typeof createReviewSchema>>;
export type ApproveValues = z.output<ReturnType<typeof createApproveSchema>>;

export const createWithdrawSchema = (t: AdmissionTranslate = tZh) =>
  z.object({
    reason: z
      .string({ error: t('detail.withdrawReasonRequired') })
      .trim()
      .min(1, t('detail.withdrawReasonRequired'))
      .refine(fits, t('decision.commentTooLong')),
  });

export type WithdrawValues = z.output<ReturnType<typeof createWithdrawSchema>>;
