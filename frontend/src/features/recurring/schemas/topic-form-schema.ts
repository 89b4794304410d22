// The office's form to open a special topic, checked before it is sent (the server checks the same).
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount, TOPIC_DESCRIPTION, TOPIC_TITLE } from '@/lib/text-limits';
import { tZh, type RecurTranslate } from '../i18n';

const requiredText = (required: string, max: number, tooLong: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((v) => charCount(v) <= max, tooLong);

/** `today` decides the earliest deadline (the form's date picker offers no earlier day either). */
export function createTopicFormSchema(t: RecurTranslate = tZh, today: Dayjs = dayjs()) {
  return z.object({
    title: requiredText(t('recur.form.titleRequired'), TOPIC_TITLE, t('recur.form.titleTooLong', { max: TOPIC_TITLE })),
    description: requiredText(
      t('recur.form.descriptionRequired'),
      TOPIC_DESCRIPTION,
      t('recur.form.descriptionTooLong', { max: TOPIC_DESCRIPTION }),
    ),
    leadOrgId: z
      .number({ error: t('recur.form.leadRequired') })
      .int()
      .positive(t('recur.form.leadRequired')),
    deadline: z
      .custom<Dayjs>((v) => dayjs.isDayjs(v) && v.isValid(), t('recur.form.deadlineRequired'))
      .refine((d) => !d.isBefore(today.startOf('day'), 'day'), t('recur.form.deadlinePast'))
      .transform((d) => d.format('YYYY-MM-DD')),
    clueIds: z
      .array(z.number().int().positive())
      .nullish()
      .transform((v) => Array.from(new Set(v ?? []))),
  });
}

export type TopicFormValues = z.output<ReturnType<typeof createTopicFormSchema>>;
