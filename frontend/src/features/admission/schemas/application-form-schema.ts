// zod schemas of the application form: they type the form and carry the (translated) messages
// of the submit rules in docs/api.md. The draft schema is the relaxed check used for "保存草稿".
import dayjs from 'dayjs';
import { z } from 'zod';
import { CATEGORIES, FREQUENCIES, TARGET_SCOPES } from '@/lib/enums';
import {
  charCount,
  FUNDING_NOTE,
  ITEM_CONTENT,
  ITEM_NAME,
  LEGAL_BASIS,
  PERFORMANCE_STANDARD,
  SELF_ASSESSMENT,
} from '@/lib/text-limits';
import { tZh, type AdmissionTranslate } from '../i18n';

/** The text limits are the backend's TextLimits (characters, not UTF-16 units); the workload's range is the form's. */
export const LIMITS = {
  itemName: ITEM_NAME,
  legalBasis: LEGAL_BASIS,
  content: ITEM_CONTENT,
  performanceStandard: PERFORMANCE_STANDARD,
  fundingNote: FUNDING_NOTE,
  selfAssessment: SELF_ASSESSMENT,
  workloadMin: 0,
  workloadMax: 744,
} as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The list is re-evaluated every two years: an item is admitted for at most this long. */
export const MAX_VALID_YEARS = 2;

/**
 * Whether `validTo` lies within two years of `validFrom` (of `today` when no start is given), as the server
 * checks on submission; true when `validTo` is not a date.
 */
export function withinTwoYears(validFrom: unknown, validTo: unknown, today: string = dayjs().format('YYYY-MM-DD')) {
  if (typeof validTo !== 'string' || !DATE_RE.test(validTo)) return true;
  const from = typeof validFrom === 'string' && DATE_RE.test(validFrom) ? validFrom : today;
  return validTo <= dayjs(from).add(MAX_VALID_YEARS, 'year').format('YYYY-MM-DD');
}

const hasAny = (v: unknown) => Array.isArray(v) && v.length > 0;

/** At most one decimal place (tolerant of binary floating point, e.g. 0.1 + 0.2). */
export function hasAtMostOneDecimal(n: number): boolean {
  return Math.abs(Math.round(n * 10) - n * 10) < 1e-6;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

type Loose = Record<string, unknown>;

// Refinements that look at more than one field run even when other fields are invalid
// (`when: () => true`), so the user sees every problem at once. Their input may therefore be malformed.
const always = { when: () => true } as const;

function crossFieldRules<T extends z.ZodType>(schema: T, t: AdmissionTranslate): T {
  return schema
    .refine(
      (v: unknown) => {
        const o = (v ?? {}) as Loose;
        // whole townships or single villages: at least one of them
        return o.targetScope !== 'SELECTED' || hasAny(o.targetTownshipIds) || hasAny(o.targetVillageIds);
      },
      { path: ['targetTownshipIds'], message: t('v.targetTownshipsRequired'), ...always },
    )
    .refine(
      (v: unknown) => {
        const o = (v ?? {}) as Loose;
        return o.fundingFollows !== true || !isBlank(o.fundingNote);
      },
      { path: ['fundingNote'], message: t('v.fundingNoteRequired'), ...always },
    )
    .refine(
      (v: unknown) => {
        const o = (v ?? {}) as Loose;
        const from = o.validFrom;
        const to = o.validTo;
        if (typeof from !== 'string' || typeof to !== 'string' || !DATE_RE.test(from) || !DATE_RE.test(to)) return true;
        return to > from; // ISO dates compare correctly as strings
      },
      { path: ['validTo'], message: t('v.validToAfterFrom'), ...always },
    )
    .refine(
      (v: unknown) => {
        const o = (v ?? {}) as Loose;
        return withinTwoYears(o.validFrom, o.validTo);
      },
      { path: ['validTo'], message: t('v.validToTwoYears'), ...always },
    );
}

const optionalDate = (t: AdmissionTranslate) =>
  z
    .string()
    .regex(DATE_RE, t('v.dateInvalid'))
    .nullish()
    .transform((v) => v ?? null);

const optionalText = (max: number, maxMsg: string) =>
  z
    .string()
    .trim()
    .refine((v) => charCount(v) <= max, maxMsg)
    .nullish()
    .transform((v) => (v ? v : null));

const requiredText = (max: number, requiredMsg: string, maxMsg: string) =>
  z
    .string({ error: requiredMsg })
    .trim()
    .min(1, requiredMsg)
    .refine((v) => charCount(v) <= max, maxMsg);

const ids = z
  .array(z.number().int())
  .nullish()
  .transform((v) => v ?? []);

const flag = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);

const workload = (t: AdmissionTranslate) =>
  z
    .number({ error: t('v.workloadRequired') })
    .min(LIMITS.workloadMin, t('v.workloadRange'))
    .max(LIMITS.workloadMax, t('v.workloadRange'))
    .refine(hasAtMostOneDecimal, t('v.workloadDecimals'));

/** Fields checked alike in drafts and submissions: the red-flag checkboxes, funding and validity. */
const checkboxesAndDates = (t: AdmissionTranslate) => ({
  requiresDataReporting: flag,
  requiresSignboard: flag,
  requiresCertificate: flag,
  requiresAppOrChatGroup: flag,
  requiresCheckIn: flag,
  requiresPhotoProof: flag,
  fundingFollows: flag,
  fundingNote: optionalText(LIMITS.fundingNote, t('v.fundingNoteMax')),
  validFrom: optionalDate(t),
  validTo: optionalDate(t),
});

/** The complete form, as checked before "提交审核" (mirrors the server's submit rules). */
export function createSubmitSchema(t: AdmissionTranslate = tZh) {
  const base = z.object({
    itemName: requiredText(LIMITS.itemName, t('v.itemNameRequired'), t('v.itemNameMax')),
    category: z.enum(CATEGORIES, { error: t('v.categoryRequired') }),
    legalBasis: optionalText(LIMITS.legalBasis, t('v.legalBasisMax')),
    content: requiredText(LIMITS.content, t('v.contentRequired'), t('v.contentMax')),
    performanceStandard: requiredText(
      LIMITS.performanceStandard,
      t('v.performanceStandardRequired'),
      t('v.performanceStandardMax'),
    ),
    leadOrgId: z.number({ error: t('v.leadOrgRequired') }).int(),
    cooperatingOrgIds: ids,
    targetScope: z.enum(TARGET_SCOPES, { error: t('v.targetScopeRequired') }),
    targetTownshipIds: ids,
    targetVillageIds: ids,
    workloadHoursPerMonth: workload(t),
    frequency: z.enum(FREQUENCIES, { error: t('v.frequencyRequired') }),
    ...checkboxesAndDates(t),
    selfAssessment: requiredText(LIMITS.selfAssessment, t('v.selfAssessmentRequired'), t('v.selfAssessmentMax')),
  });
  return crossFieldRules(base, t);
}

/** Relaxed check for "保存草稿": only the item name is required; limits still apply to what is filled in. */
export function createDraftSchema(t: AdmissionTranslate = tZh) {
  const base = z.object({
    itemName: requiredText(LIMITS.itemName, t('v.itemNameRequired'), t('v.itemNameMax')),
    category: z
      .enum(CATEGORIES)
      .nullish()
      .transform((v) => v ?? null),
    legalBasis: optionalText(LIMITS.legalBasis, t('v.legalBasisMax')),
    content: optionalText(LIMITS.content, t('v.contentMax')),
    performanceStandard: optionalText(LIMITS.performanceStandard, t('v.performanceStandardMax')),
    leadOrgId: z
      .number()
      .int()
      .nullish()
      .transform((v) => v ?? null),
    cooperatingOrgIds: ids,
    targetScope: z
      .enum(TARGET_SCOPES)
      .nullish()
      .transform((v) => v ?? null),
    targetTownshipIds: ids,
    targetVillageIds: ids,
    workloadHoursPerMonth: workload(t)
      .nullish()
      .transform((v) => v ?? null),
    frequency: z
      .enum(FREQUENCIES)
      .nullish()
      .transform((v) => v ?? null),
    ...checkboxesAndDates(t),
    selfAssessment: optionalText(LIMITS.selfAssessment, t('v.selfAssessmentMax')),
  });
  // a date range that is filled in must still make sense in a draft
  return base.refine(
    (v: unknown) => {
      const o = (v ?? {}) as Loose;
      const from = o.validFrom;
      const to = o.validTo;
      if (typeof from !== 'string' || typeof to !== 'string' || !DATE_RE.test(from) || !DATE_RE.test(to)) return true;
      return to > from;
    },
    { path: ['validTo'], message: t('v.validToAfterFrom'), ...always },
  );
}

export type SubmitSchema = ReturnType<typeof createSubmitSchema>;
export type DraftSchema = ReturnType<typeof createDraftSchema>;
/** A complete application form, as it is when it may be submitted. */
export type ApplicationFormValues = z.output<SubmitSchema>;
/** A draft as sent by "保存草稿". */
export type ApplicationDraftValues = z.output<DraftSchema>;
