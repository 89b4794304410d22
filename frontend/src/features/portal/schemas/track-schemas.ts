// Schemas of the "track my clue" page: look-up, additional information, rating.
import { z } from 'zod';
import { RATINGS } from '@/lib/enums';
import { charCount, CLUE_TEXT, RATING_COMMENT } from '@/lib/text-limits';
import { tZh, type PortalTranslate } from '../i18n';

export const CODE_LENGTH = 20;

/** As the server reads it: without spaces or dashes, upper case. */
export function normalizeCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export const createLookupSchema = (t: PortalTranslate = tZh) =>
  z.object({
    clueNo: z
      .string({ error: t('track.clueNoRequired') })
      .trim()
      .toUpperCase()
      .min(1, t('track.clueNoRequired'))
      .regex(/^XS-\d{4}-\d{4,}$/, t('track.clueNoInvalid')),
    code: z
      .string({ error: t('track.codeRequired') })
      .transform(normalizeCode)
      .pipe(z.string().min(1, t('track.codeRequired')).length(CODE_LENGTH, t('track.codeInvalid'))),
  });

export type LookupValues = z.output<ReturnType<typeof createLookupSchema>>;

export const createSupplementSchema = (t: PortalTranslate = tZh) =>
  z.object({
    content: z
      .string({ error: t('track.supplementRequired') })
      .trim()
      .min(1, t('track.supplementRequired'))
      .refine((v) => charCount(v) <= CLUE_TEXT, t('track.tooLong', { max: CLUE_TEXT })),
  });

export const createRateSchema = (t: PortalTranslate = tZh) =>
  z
    .object({
      rating: z.enum(RATINGS, { error: t('track.ratingRequired') }),
      comment: z
        .string()
        .trim()
        .refine((v) => charCount(v) <= RATING_COMMENT, t('track.tooLong', { max: RATING_COMMENT }))
        .nullish()
        .transform((v) => (v ? v : null)),
      reopen: z
        .boolean()
        .nullish()
        .transform((v) => !!v),
    })
    .refine((v) => v.rating === 'SATISFIED' || !!v.comment, { path: ['comment'], message: t('track.commentRequired') })
    // only an unsatisfied reporter can ask for rectification again
    .transform((v) => ({ ...v, reopen: v.rating === 'UNSATISFIED' && v.reopen }));

export type RateValues = z.output<ReturnType<typeof createRateSchema>>;
