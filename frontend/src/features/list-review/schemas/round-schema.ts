// Opening a county-wide round: a name and the date before which the items expire.
import dayjs, { type Dayjs } from 'dayjs';
import { z } from 'zod';
import { charCount, REVIEW_ROUND_NAME } from '@/lib/text-limits';
import { tZh, type ListReviewTranslate } from '../i18n';

/** The server's limit of a round's name (TextLimits.REVIEW_ROUND_NAME). */
export const ROUND_NAME = REVIEW_ROUND_NAME;

export function createRoundSchema(t: ListReviewTranslate = tZh, today: Dayjs = dayjs()) {
  const nameRequired = t('review.round.nameRequired');
  const untilRequired = t('review.round.untilRequired');
  return z.object({
    name: z
      .string({ error: nameRequired })
      .trim()
      .min(1, nameRequired)
      .refine((v) => charCount(v) <= ROUND_NAME, t('review.round.nameTooLong', { max: ROUND_NAME })),
    until: z
      .custom<Dayjs>((v) => dayjs.isDayjs(v) && v.isValid(), { error: untilRequired })
      .refine((d) => !d.isBefore(today, 'day'), t('review.round.untilPast'))
      .transform((d) => d.format('YYYY-MM-DD')),
  });
}

export type RoundValues = z.output<ReturnType<typeof createRoundSchema>>;
