// The feedback form of a village or township: a verdict, the hours it really takes (optional, 0–744,
// one decimal as the column keeps it) and a comment (optional, counted in characters).
import { z } from 'zod';
import { charCount, FEEDBACK_COMMENT } from '@/lib/text-limits';
import { tZh, type ListReviewTranslate } from '../i18n';
import { FEEDBACK_VERDICTS } from '../types';

/** A month's hours at most (31 × 24). */
export const MAX_HOURS = 744;

export const oneDecimal = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-6;

export function createFeedbackSchema(t: ListReviewTranslate = tZh) {
  return z.object({
    verdict: z.enum(FEEDBACK_VERDICTS, { error: t('review.feedback.verdictRequired') }),
    actualHours: z
      .number()
      .min(0, t('review.feedback.hoursRange'))
      .max(MAX_HOURS, t('review.feedback.hoursRange'))
      .refine(oneDecimal, t('review.feedback.hoursDecimals'))
      .nullish()
      .transform((v) => v ?? null),
    comment: z
      .string()
      .trim()
      .refine((v) => charCount(v) <= FEEDBACK_COMMENT, t('review.feedback.commentTooLong', { max: FEEDBACK_COMMENT }))
      .nullish()
      .transform((v) => (v ? v : null)),
  });
}

export type FeedbackValues = z.output<ReturnType<typeof createFeedbackSchema>>;
