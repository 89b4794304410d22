// Schemas of 退单 (a unit returns a clue that is not its business) and the office's 重新交办.
import { z } from 'zod';
import { charCount } from '@/lib/text-limits';
import { tZh, type ClueTranslate } from '../i18n';

/**
 * The longest 退单 reason: the backend's ClueReturns.MAX_REASON. (Not in lib/text-limits.ts: that file
 * mirrors cn.jianfu.common.TextLimits exactly, which has no such limit.)
 */
export const RETURN_REASON_MAX = 500;

export const REASSIGN_DECISIONS = ['REASSIGN', 'CONTINUE'] as const;

export const createReturnSchema = (t: ClueTranslate = tZh) =>
  z.object({
    reason: z
      .string({ error: t('clueReturn.reasonRequired') })
      .trim()
      .min(1, t('clueReturn.reasonRequired'))
      .refine((v) => charCount(v) <= RETURN_REASON_MAX, t('clueTask.tooLong', { max: RETURN_REASON_MAX })),
  });

/** REASSIGN needs the unit taking over; CONTINUE sends no unit. */
export const createReassignSchema = (t: ClueTranslate = tZh) =>
  z
    .object({
      decision: z.enum(REASSIGN_DECISIONS, { error: t('clueTask.decisionRequired') }),
      orgId: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((v) => v ?? null),
    })
    .superRefine((v, ctx) => {
      if (v.decision === 'REASSIGN' && v.orgId === null) {
        ctx.addIssue({ code: 'custom', path: ['orgId'], message: t('clueReassign.orgRequired') });
      }
    })
    .transform((v) =>
      v.decision === 'REASSIGN' ? { decision: v.decision, orgId: v.orgId ?? undefined } : { decision: v.decision },
    );
