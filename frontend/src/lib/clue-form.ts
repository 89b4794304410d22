// The clue form (ClueForm of docs/api.md), shared by the public portal and the office's own record form.
import { z } from 'zod';
import { CLUE_CATEGORIES, CLUE_SOURCES, type ClueCategory, type ClueSource } from './enums';
import { tZh, type Translate } from './i18n';

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 4000;
export const UNIT_TEXT_MAX = 100;
export const PLACE_MAX = 200;
export const OCCURRED_MAX = 100;
export const NAME_MAX = 50;
export const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;

/** What POST /api/public/clues and POST /api/clues take. */
export type ClueFormPayload = {
  category: ClueCategory;
  source: ClueSource;
  reportedOrgId: number | null;
  reportedUnitText: string | null;
  place: string | null;
  occurredWhen: string | null;
  description: string;
  anonymous: boolean;
  reporterName: string | null;
  reporterPhone: string | null;
};

/** `{ id, clueNo, queryCode }`: the query code exists only in this answer. */
export type ClueReceipt = { id: number; clueNo: string; queryCode: string };

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => (v ? v : null));

/** Empty in any form (the refinements below may see raw, not yet transformed values). */
function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * `sources`: which sources the form may send (the portal: PORTAL / VILLAGE_REFUSAL, the office:
 * HOTLINE / MAILBOX / INSPECTION). Name and phone are dropped when anonymous.
 */
export function createClueFormSchema(t: Translate = tZh, sources: readonly ClueSource[] = CLUE_SOURCES) {
  return (
    z
      .object({
        category: z.enum(CLUE_CATEGORIES, { error: t('clueForm.categoryRequired') }),
        source: z.enum(CLUE_SOURCES, { error: t('clueForm.sourceRequired') }).refine((s) => sources.includes(s), {
          message: t('clueForm.sourceRequired'),
        }),
        reportedOrgId: z
          .number()
          .int()
          .positive()
          .nullish()
          .transform((v) => v ?? null),
        reportedUnitText: optionalText(UNIT_TEXT_MAX, t('clueForm.unitTooLong')),
        place: optionalText(PLACE_MAX, t('clueForm.placeTooLong')),
        occurredWhen: optionalText(OCCURRED_MAX, t('clueForm.occurredTooLong')),
        description: z
          .string({ error: t('clueForm.descriptionRequired') })
          .trim()
          .min(1, t('clueForm.descriptionRequired'))
          .min(DESCRIPTION_MIN, t('clueForm.descriptionLength'))
          .max(DESCRIPTION_MAX, t('clueForm.descriptionLength')),
        anonymous: z
          .boolean()
          .nullish()
          .transform((v) => v ?? true),
        reporterName: optionalText(NAME_MAX, t('clueForm.nameTooLong')),
        reporterPhone: z
          .string()
          .trim()
          .nullish()
          .transform((v) => (v ? v : null))
          .refine((v) => v === null || PHONE_PATTERN.test(v), { message: t('clueForm.phoneInvalid') }),
      })
      // these two also run when other fields are wrong, so that every error shows at once
      .refine((v) => !blank(v.reportedOrgId) || !blank(v.reportedUnitText), {
        path: ['reportedOrgId'],
        message: t('clueForm.unitRequired'),
        when: () => true,
      })
      .refine((v) => v.anonymous !== false || !blank(v.reporterName) || !blank(v.reporterPhone), {
        path: ['reporterName'],
        message: t('clueForm.contactRequired'),
        when: () => true,
      })
      .transform((v): ClueFormPayload => ({
        ...v,
        // the unit picked from the list wins over the typed one
        reportedUnitText: v.reportedOrgId !== null ? null : v.reportedUnitText,
        reporterName: v.anonymous ? null : v.reporterName,
        reporterPhone: v.anonymous ? null : v.reporterPhone,
      }))
  );
}

export type ClueFormValues = z.input<ReturnType<typeof createClueFormSchema>>;

export const CLUE_FORM_FIELDS = [
  'category',
  'source',
  'reportedOrgId',
  'reportedUnitText',
  'place',
  'occurredWhen',
  'description',
  'anonymous',
  'reporterName',
  'reporterPhone',
] as const;
