// The administrator's form for one day of the calendar, checked before it is sent (the server's
// SpecialDayRules check the same, and that a date is listed once only).
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount, SPECIAL_DAY_NAME } from '@/lib/text-limits';
import { tZh, type CalendarTranslate } from '../i18n';
import { SPECIAL_DAY_KINDS } from '../types';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

const CONTROL = /\p{Cc}/u;

export const isWeekend = (d: Dayjs) => d.day() === 0 || d.day() === 6;

/** 1 (Monday) to 7 (Sunday), as the weekday keys count. */
export const isoWeekday = (d: Dayjs) => (d.day() === 0 ? 7 : d.day()) as 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function createSpecialDaySchema(t: CalendarTranslate = tZh) {
  return z
    .object({
      date: z
        .custom<Dayjs>((v) => dayjs.isDayjs(v) && v.isValid(), t('calendar.dateRequired'))
        .refine((d) => d.year() >= FIRST_YEAR && d.year() <= LAST_YEAR, {
          message: t('calendar.dateRange', { first: FIRST_YEAR, last: LAST_YEAR }),
        }),
      kind: z.enum(SPECIAL_DAY_KINDS, { error: t('calendar.kindRequired') }),
      name: z
        .string({ error: t('calendar.nameRequired') })
        .trim()
        .min(1, t('calendar.nameRequired'))
        .refine((v) => charCount(v) <= SPECIAL_DAY_NAME, t('calendar.nameTooLong', { max: SPECIAL_DAY_NAME }))
        .refine((v) => !CONTROL.test(v), t('calendar.nameControl')),
    })
    .superRefine((v, ctx) => {
      if (v.kind === 'MAKEUP_WORKDAY' && !isWeekend(v.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: t('calendar.makeupOnWeekday', { date: v.date.format('YYYY-MM-DD') }),
        });
      }
    })
    .transform((v) => ({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name }));
}

export type SpecialDayValues = z.output<ReturnType<typeof createSpecialDaySchema>>;
