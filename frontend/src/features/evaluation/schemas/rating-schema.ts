// One rating: every dimension of the round scored 1–5, an optional comment of at most
// EVALUATION_COMMENT characters (code points). Form fields are named by the dimension codes, as the
// server names its errors (scores.TASKS → TASKS).
import { z } from 'zod';
import { charCount, EVALUATION_COMMENT } from '@/lib/text-limits';
import type { EvaluationTranslate } from '../i18n';
import { MAX_SCORE, MIN_SCORE } from '../types';

export function createRatingSchema(t: EvaluationTranslate, dimensions: { code: string; label: string }[]) {
  const scores: Record<string, z.ZodType<number>> = {};
  for (const d of dimensions) {
    const message = t('eval.rate.scoreRequired', { dimension: d.label });
    scores[d.code] = z.number({ error: message }).int(message).min(MIN_SCORE, message).max(MAX_SCORE, message);
  }
  return z.object({
    ...scores,
    comment: z
      .string()
      .nullish()
      .transform((v) => (v ?? '').trim())
      .refine((v) => charCount(v) <= EVALUATION_COMMENT, t('eval.rate.commentTooLong', { max: EVALUATION_COMMENT })),
  });
}
