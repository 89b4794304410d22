// The clue form (ClueForm of docs/api.md), shared by the public portal and the office's own record form.
import * as z from 'zod/mini';
import { CLUE_CATEGORIES, CLUE_SOURCES, type ClueCategory, type ClueSource } from './enums';
import { tZh, type Translate } from './i18n';
import {
  charCount,
  DESCRIPTION,
  DESCRIPTION_MIN,
  OCCURRED_WHEN,
  PLACE,
  REPORTED_UNIT_TEXT,
  REPORTER_NAME,
} from './text-limits';

export const PHONE_MAX = 20;
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
  z.pipe(
    z.nullish(
      z.string().check(
        z.trim(),
        z.refine((v) => charCount(v) <= max, { message }),
      ),
    ),
    z.transform((v: string | null | undefined) => (v ? v : null)),
  );

/** Empty in any form (the refinements below may see raw, not yet transformed values). */
function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Cross-field rules also run when other fields are wrong, so that every error shows at once. */
const always = { when: () => true } as const;

/**
 * `sources`: which sources the form may send (the portal: PORTAL / VILLAGE_REFUSAL, the office:
 * HOTLINE / MAILBOX / INSPECTION). Name and phone are dropped when anonymous. Written with zod's
 * small "mini" API: the public report form is a phone's first load.
 */
export function createClueFormSchema(t: Translate = tZh, sources: readonly ClueSource[] = CLUE_SOURCES) {
  const required = t('clueForm.descriptionRequired');
  const length = t('clueForm.descriptionLength');
  return z.pipe(
    z
      .object({
        category: z.enum(CLUE_CATEGORIES, { error: t('clueForm.categoryRequired') }),
        source: z
          .enum(CLUE_SOURCES, { error: t('clueForm.sourceRequired') })
          .check(z.refine((s) => sources.includes(s), { message: t('clueForm.sourceRequired') })),
        reportedOrgId: z.pipe(
          z.nullish(z.int().check(z.positive())),
          z.transform((v: number | null | undefined) => v ?? null),
        ),
        reportedUnitText: optionalText(REPORTED_UNIT_TEXT, t('clueForm.unitTooLong')),
        place: optionalText(PLACE, t('clueForm.placeTooLong')),
        occurredWhen: optionalText(OCCURRED_WHEN, t('clueForm.occurredTooLong')),
        description: z.string({ error: required }).check(
          z.trim(),
          z.minLength(1, required),
          z.refine((v) => charCount(v) >= DESCRIPTION_MIN && charCount(v) <= DESCRIPTION, { message: length }),
        ),
        anonymous: z.pipe(
          z.nullish(z.boolean()),
          z.transform((v: boolean | null | undefined) => v ?? true),
        ),
        reporterName: optionalText(REPORTER_NAME, t('clueForm.nameTooLong')),
        reporterPhone: z
          .pipe(
            z.nullish(z.string().check(z.trim())),
            z.transform((v: string | null | undefined) => (v ? v : null)),
          )
          .check(z.refine((v) => v === null || PHONE_PATTERN.test(v), { message: t('clueForm.phoneInvalid') })),
      })
      .check(
        z.refine((v) => !blank(v.reportedOrgId) || !blank(v.reportedUnitText), {
          path: ['reportedOrgId'],
          message: t('clueForm.unitRequired'),
          ...always,
        }),
        z.refine((v) => v.anonymous !== false || !blank(v.reporterName) || !blank(v.reporterPhone), {
          path: ['reporterName'],
          message: t('clueForm.contactRequired'),
          ...always,
        }),
      ),
    z.transform((v): ClueFormPayload => ({
      ...v,
      // the unit picked from the list wins over the typed one
      reportedUnitText: v.reportedOrgId !== null ? null : v.reportedUnitText,
      reporterName: v.anonymous ? null : v.reporterName,
      reporterPhone: v.anonymous ? null : v.reporterPhone,
    })),
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
