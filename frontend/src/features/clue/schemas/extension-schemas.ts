// Schemas of 延期申请 (a unit asks for more time on its step) and the office's answer.
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount } from '@/lib/text-limits';
import { tZh, type ClueTranslate } from '../i18n';

/** The longest reason or note: the backend's ClueExtensions.MAX_TEXT (not a cn.jianfu.common.TextLimits one). */
export const EXTENSION_TEXT_MAX = 500;

export const EXTENSION_DECISIONS = ['GRANT', 'REFUSE'] as const;

const day = (t: ClueTranslate) =>
  z
    .union([z.string(), z.custom<Dayjs>((v) => dayjs.isDayjs(v))], { error: t('clueExtension.dayRequired') })
    .transform((v) => (typeof v === 'string' ? v : v.format('YYYY-MM-DD')))
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).isValid(), { message: t('clueExtension.dayRequired') });

const text = (t: ClueTranslate) =>
  z
    .string()
    .trim()
    .refine((v) => charCount(v) <= EXTENSION_TEXT_MAX, t('clueTask.tooLong', { max: EXTENSION_TEXT_MAX }));

export const createExtensionSchema = (t: ClueTranslate = tZh) =>
  z.object({
    dueDate: day(t),
    reason: z
      .string({ error: t('clueExtension.reasonRequired') })
      .trim()
      .min(1, t('clueExtension.reasonRequired'))
      .pipe(text(t)),
  });

/** A grant may name a (shorter) day; a refusal needs a note. */
export const createExtensionDecisionSchema = (t: ClueTranslate = tZh) =>
  z
    .object({
      decision: z.enum(EXTENSION_DECISIONS, { error: t('clueExtension.decisionRequired') }),
      dueDate: day(t).nullish(),
      note: text(t).nullish(),
    })
    .superRefine((v, ctx) => {
      if (v.decision === 'REFUSE' && !v.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: t('clueExtension.noteRequired') });
      }
    })
    .transform((v) => ({
      decision: v.decision,
      dueDate: v.decision === 'GRANT' ? (v.dueDate ?? null) : null,
      note: v.note || null,
    }));
