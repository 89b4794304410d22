// The topic page's forms: the lead unit's report, the office's acceptance, linking one more clue.
import { z } from 'zod';
import { charCount, TOPIC_REPORT } from '@/lib/text-limits';
import { tZh, type RecurTranslate } from '../i18n';

const limited = (t: RecurTranslate) =>
  z
    .string()
    .trim()
    .refine((v) => charCount(v) <= TOPIC_REPORT, t('recur.task.tooLong', { max: TOPIC_REPORT }));

/** 报告整治情况: the text is required. */
export const createReportSchema = (t: RecurTranslate = tZh) =>
  z.object({
    text: z
      .string({ error: t('recur.task.reportRequired') })
      .trim()
      .min(1, t('recur.task.reportRequired'))
      .refine((v) => charCount(v) <= TOPIC_REPORT, t('recur.task.tooLong', { max: TOPIC_REPORT })),
  });

export const ACCEPT_DECISIONS = ['PASS', 'SEND_BACK'] as const;

/** 验收: pass (a comment may be added) or send back (the reason is required). */
export const createAcceptanceSchema = (t: RecurTranslate = tZh) =>
  z
    .object({
      decision: z.enum(ACCEPT_DECISIONS, { error: t('recur.task.decisionRequired') }),
      text: limited(t)
        .nullish()
        .transform((v) => (v ? v : null)),
    })
    .superRefine((v, ctx) => {
      if (v.decision === 'SEND_BACK' && !v.text) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: t('recur.task.reasonRequired') });
      }
    })
    .transform((v) => ({ accept: v.decision === 'PASS', text: v.text }));

/** 纳入线索: a clue's id. */
export const createLinkSchema = (t: RecurTranslate = tZh) =>
  z.object({
    clueId: z
      .number({ error: t('recur.link.required') })
      .int(t('recur.link.required'))
      .positive(t('recur.link.required')),
  });
