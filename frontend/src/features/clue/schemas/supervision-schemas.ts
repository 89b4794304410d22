// Schemas of 督办 (the office's supervision order to an assigned unit) and the unit's 反馈.
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount } from '@/lib/text-limits';
import { tZh, type ClueTranslate } from '../i18n';

/**
 * The longest 督办要求 and 反馈情况: the backend's ClueSupervisions.MAX_REQUEST and MAX_ANSWER (the
 * columns of clue_supervision). Not in lib/text-limits.ts, which mirrors cn.jianfu.common.TextLimits.
 */
export const SUPERVISION_REQUEST_MAX = 500;
export const SUPERVISION_ANSWER_MAX = 2000;

const text = (required: string, max: number, t: ClueTranslate) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((v) => charCount(v) <= max, t('clueTask.tooLong', { max }));

/** `dueDate` as `YYYY-MM-DD` (or a dayjs from the picker), after today; the server also wants a working day. */
export const createSuperviseSchema = (t: ClueTranslate = tZh, today: Dayjs = dayjs()) =>
  z.object({
    unitId: z
      .number({ error: t('supervise.unitRequired') })
      .int()
      .positive(),
    request: text(t('supervise.requestRequired'), SUPERVISION_REQUEST_MAX, t),
    dueDate: z
      .union([z.string(), z.custom<Dayjs>((v) => dayjs.isDayjs(v))], { error: t('supervise.dueRequired') })
      .transform((v) => (typeof v === 'string' ? v : v.format('YYYY-MM-DD')))
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).isValid(), { message: t('supervise.dueRequired') })
      .refine((v) => dayjs(v).isAfter(today.endOf('day')), { message: t('supervise.dueFuture') }),
  });

export const createAnswerSchema = (t: ClueTranslate = tZh) =>
  z.object({ answer: text(t('supervise.answerRequired'), SUPERVISION_ANSWER_MAX, t) });
