// Schema of 回访 (the office's call-back of a reporter who left a phone number).
import { z } from 'zod';
import { CALLBACK_NOTE, charCount } from '@/lib/text-limits';
import { tZh, type ClueTranslate } from '../i18n';

/**
 * Reached or not is required; when reached, satisfied or not; when not satisfied, the reason in the
 * note. A note of a call-back that did not reach anyone is optional. Satisfied is sent only when reached.
 */
export const createCallbackSchema = (t: ClueTranslate = tZh) =>
  z
    .object({
      reached: z.boolean({ error: t('clueCallback.reachedRequired') }),
      satisfied: z.boolean().nullish(),
      note: z
        .string()
        .trim()
        .nullish()
        .transform((v) => v || undefined)
        .refine((v) => charCount(v) <= CALLBACK_NOTE, t('clueTask.tooLong', { max: CALLBACK_NOTE })),
    })
    .superRefine((v, ctx) => {
      if (v.reached && (v.satisfied === null || v.satisfied === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['satisfied'], message: t('clueCallback.satisfiedRequired') });
      }
      if (v.reached && v.satisfied === false && !v.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: t('clueCallback.noteRequired') });
      }
    })
    .transform((v) =>
      v.reached
        ? { reached: true, satisfied: v.satisfied ?? undefined, note: v.note }
        : { reached: false, note: v.note },
    );
