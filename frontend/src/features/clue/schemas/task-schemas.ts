// Schemas of the task panels of the clue page (triage, verify, plan, report, check, reply) and the typical-case flag.
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { isGrassrootsOrgType, VERIFICATION_OUTCOMES } from '@/lib/enums';
import { charCount, CLUE_COMMENT, CLUE_TEXT, TYPICAL_SUMMARY } from '@/lib/text-limits';
import { tZh, type ClueTranslate } from '../i18n';

export const MAX_UNITS = 20;

export const TRIAGE_DECISIONS = ['ASSIGN', 'MERGE', 'NOT_ACCEPTED'] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

export const ACCEPT_DECISIONS = ['ACCEPT', 'SEND_BACK'] as const;
export type AcceptDecision = (typeof ACCEPT_DECISIONS)[number];

/** Findings, plan, report, reply: CLUE_TEXT characters (code points) at most. */
const requiredText = (t: ClueTranslate, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .refine((v) => charCount(v) <= CLUE_TEXT, t('clueTask.tooLong', { max: CLUE_TEXT }));

/** The triage reason and the office's check comment: CLUE_COMMENT characters at most. */
const optionalComment = (t: ClueTranslate) =>
  z
    .string()
    .trim()
    .refine((v) => charCount(v) <= CLUE_COMMENT, t('clueTask.tooLong', { max: CLUE_COMMENT }))
    .nullish()
    .transform((v) => (v ? v : null));

/**
 * 快速分办. `orgTypeOf` tells the type of a picked unit: a dual assignment (双交办) needs a grassroots
 * unit (township/village) and a county department among the units.
 */
export function createTriageSchema(
  t: ClueTranslate = tZh,
  orgTypeOf: (id: number) => string | undefined = () => undefined,
) {
  return z
    .object({
      decision: z.enum(TRIAGE_DECISIONS, { error: t('clueTask.decisionRequired') }),
      reason: optionalComment(t),
      mergeIntoClueId: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((v) => v ?? null),
      unitIds: z
        .array(z.number().int().positive())
        .nullish()
        .transform((v) => Array.from(new Set(v ?? []))),
      dual: z
        .boolean()
        .nullish()
        .transform((v) => !!v),
    })
    .superRefine((v, ctx) => {
      if (v.decision === 'NOT_ACCEPTED' && !v.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: t('clueTask.reasonRequired') });
      }
      if (v.decision === 'MERGE' && v.mergeIntoClueId === null) {
        ctx.addIssue({ code: 'custom', path: ['mergeIntoClueId'], message: t('clueTask.mergeRequired') });
      }
      if (v.decision === 'ASSIGN') {
        if (v.unitIds.length === 0)
          ctx.addIssue({ code: 'custom', path: ['unitIds'], message: t('clueTask.unitsRequired') });
        else if (v.unitIds.length > MAX_UNITS)
          ctx.addIssue({ code: 'custom', path: ['unitIds'], message: t('clueTask.unitsTooMany') });
        else if (v.dual) {
          const grassroots = v.unitIds.some((id) => isGrassrootsOrgType(orgTypeOf(id)));
          const department = v.unitIds.some((id) => {
            const type = orgTypeOf(id);
            return type !== undefined && !isGrassrootsOrgType(type);
          });
          if (!grassroots || !department)
            ctx.addIssue({ code: 'custom', path: ['unitIds'], message: t('clueTask.dualNeedsBoth') });
        }
      }
    })
    .transform((v) => ({
      decision: v.decision,
      reason: v.reason,
      mergeIntoClueId: v.decision === 'MERGE' ? v.mergeIntoClueId : null,
      unitIds: v.decision === 'ASSIGN' ? v.unitIds : [],
      dual: v.decision === 'ASSIGN' && v.dual,
    }));
}
export type TriageValues = z.output<ReturnType<typeof createTriageSchema>>;

export const createVerifySchema = (t: ClueTranslate = tZh) =>
  z.object({
    outcome: z.enum(VERIFICATION_OUTCOMES, { error: t('clueTask.outcomeRequired') }),
    findings: requiredText(t, t('clueTask.findingsRequired')),
  });

/** `deadline` as `YYYY-MM-DD` (or a dayjs from the date picker): today to one year ahead. */
export const createPlanSchema = (t: ClueTranslate = tZh, today: Dayjs = dayjs()) =>
  z.object({
    plan: requiredText(t, t('clueTask.planRequired')),
    deadline: z
      .union([z.string(), z.custom<Dayjs>((v) => dayjs.isDayjs(v))], { error: t('clueTask.deadlineRequired') })
      .transform((v) => (typeof v === 'string' ? v : v.format('YYYY-MM-DD')))
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).isValid(), { message: t('clueTask.deadlineRequired') })
      .refine(
        (v) => {
          const d = dayjs(v);
          const start = today.startOf('day');
          return !d.isBefore(start) && !d.isAfter(start.add(1, 'year'));
        },
        { message: t('clueTask.deadlineRange') },
      ),
  });

export const createReportSchema = (t: ClueTranslate = tZh) =>
  z.object({ report: requiredText(t, t('clueTask.reportRequired')) });

export const createCheckSchema = (t: ClueTranslate = tZh) =>
  z
    .object({
      decision: z.enum(ACCEPT_DECISIONS, { error: t('clueTask.decisionRequired') }),
      comment: optionalComment(t),
    })
    .refine((v) => v.decision === 'ACCEPT' || !!v.comment, {
      path: ['comment'],
      message: t('clueTask.sendBackComment'),
    });

export const createReplySchema = (t: ClueTranslate = tZh) =>
  z.object({ reply: requiredText(t, t('clueTask.replyRequired')) });

export const createTypicalSchema = (t: ClueTranslate = tZh) =>
  z.object({
    summary: z
      .string({ error: t('clueTask.summaryRequired') })
      .trim()
      .min(1, t('clueTask.summaryRequired'))
      .refine((v) => charCount(v) <= TYPICAL_SUMMARY, t('clueTypical.summaryTooLong', { max: TYPICAL_SUMMARY })),
  });
