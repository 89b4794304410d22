// Labels of the evaluation's codes in the reader's language (the server's labels are Chinese only).
import { enumLabel } from '@/lib/enums';
import type { EvaluationTranslate } from '../i18n';
import { COMMENT_STATUSES, DIMENSIONS, ROUND_STATUSES } from '../types';

export const dimensionLabel = (t: EvaluationTranslate, d: string) => enumLabel(t, 'eval.dim', DIMENSIONS, d);
export const roundStatusLabel = (t: EvaluationTranslate, s: string) => enumLabel(t, 'eval.status', ROUND_STATUSES, s);
export const commentStatusLabel = (t: EvaluationTranslate, s: string) =>
  enumLabel(t, 'eval.commentStatus', COMMENT_STATUSES, s);

/** A score as shown: two decimals. */
export const formatScore = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

/** A change since the last round, signed ("+0.50", "-1.00"). */
export const formatChange = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(2)}`;
