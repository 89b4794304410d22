// The office's form to open a round, checked before it is sent (the server checks the same).
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount, EVALUATION_ROUND_NAME } from '@/lib/text-limits';
import type { EvaluationTranslate } from '../i18n';
import { DIMENSIONS } from '../types';

const day = (message: string) => z.custom<Dayjs>((v) => dayjs.isDayjs(v) && v.isValid(), message);

export function createRoundSchema(t: EvaluationTranslate) {
  const nameRequired = t('eval.form.nameRequired');
  return z
    .object({
      name: z
        .string({ error: nameRequired })
        .trim()
        .min(1, nameRequired)
        .refine(
          (v) => charCount(v) <= EVALUATION_ROUND_NAME,
          t('eval.form.nameTooLong', { max: EVALUATION_ROUND_NAME }),
        ),
      period: z.tuple([day(t('eval.form.periodRequired')), day(t('eval.form.periodRequired'))], {
        error: t('eval.form.periodRequired'),
      }),
      opensAt: day(t('eval.form.closesAtOrder')).nullish(),
      closesAt: day(t('eval.form.closesAtRequired')),
      dimensions: z
        .array(z.enum(DIMENSIONS), { error: t('eval.form.dimensionsRequired') })
        .min(1, t('eval.form.dimensionsRequired')),
      departmentIds: z
        .array(z.number(), { error: t('eval.form.departmentsRequired') })
        .min(1, t('eval.form.departmentsRequired')),
    })
    .refine((v) => !v.opensAt || v.closesAt.isAfter(v.opensAt), {
      path: ['closesAt'],
      message: t('eval.form.closesAtOrder'),
    });
}

export type RoundValues = z.output<ReturnType<typeof createRoundSchema>>;
