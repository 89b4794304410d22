// Enumerations of the API (docs/api.md). Labels live here only for the enumerations that more than one
// feature shows (the others' labels are in their feature); each label comes from the dictionary.
import type { Translate } from './i18n';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'RETURNED',
  'IN_APPROVAL',
  'ADMITTED',
  'REFUSED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CATEGORIES = ['BASIC', 'COOPERATIVE', 'NEW'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TARGET_SCOPES = ['ALL', 'SELECTED'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

export const FREQUENCIES = ['ONCE', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'ONGOING'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const ROLES = ['APPLICANT', 'REVIEWER', 'APPROVER', 'OFFICE', 'VERIFIER', 'GRASSROOTS', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = [
  'COUNTY_DEPT',
  'SOCIAL_WORK_DEPT',
  'LEADERSHIP_OFFICE',
  'BURDEN_OFFICE',
  'DISCIPLINE',
  'TOWNSHIP',
  'VILLAGE',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const FINDING_LEVELS = ['INFO', 'WARN'] as const;
export type FindingLevel = (typeof FINDING_LEVELS)[number];

/**
 * Label of an enumeration value, `t('<prefix>.<value>')`, or the raw value when the server sends one
 * this UI does not know yet. The compiler checks that every known value has a message.
 */
export function enumLabel<const P extends string, V extends string>(
  t: (key: NoInfer<`${P}.${V}`>) => string,
  prefix: P,
  known: readonly V[],
  value: string | null | undefined,
): string {
  if (value === null || value === undefined || value === '') return '';
  return isOneOf(known, value) ? t(`${prefix}.${value}`) : value;
}

/** Whether `value` is one of `values` (narrowing it). */
export function isOneOf<V extends string>(values: readonly V[], value: string | null | undefined): value is V {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}

/**
 * The value whose Chinese label is `label` (for answers that carry only a Chinese name), or null.
 * `zhLabel` is the Chinese translator's label of a value.
 */
export function valueOfZhLabel<V extends string>(
  values: readonly V[],
  zhLabel: (v: V) => string,
  label: string | null | undefined,
): V | null {
  if (!label) return null;
  return values.find((v) => zhLabel(v) === label) ?? null;
}

export const categoryLabel = (t: Translate, v: string | null | undefined) => enumLabel(t, 'category', CATEGORIES, v);
export const frequencyLabel = (t: Translate, v: string | null | undefined) => enumLabel(t, 'frequency', FREQUENCIES, v);
export const orgTypeLabel = (t: Translate, v: string | null | undefined) => enumLabel(t, 'orgType', ORG_TYPES, v);

const CATEGORY_COLORS: Record<Category, string> = { BASIC: 'blue', COOPERATIVE: 'cyan', NEW: 'gold' };
export function categoryColor(category: string | null | undefined): string {
  return category && category in CATEGORY_COLORS ? CATEGORY_COLORS[category as Category] : 'default';
}

/** Options for an antd Select/Radio group. */
export function enumOptions<V extends string, T>(values: readonly V[], toLabel: (t: T, v: V) => string, t: T) {
  return values.map((value) => ({ value, label: toLabel(t, value) }));
}

/** Roles that see the overview of all applications (scope=all). */
export const OVERVIEW_ROLES: readonly Role[] = ['REVIEWER', 'APPROVER', 'OFFICE', 'ADMIN'];

export function hasRole(roles: readonly string[] | undefined | null, ...wanted: Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}

// ---- problem clues (问题线索) ----

export const CLUE_CATEGORIES = [
  'MEETINGS_AND_DOCUMENTS',
  'INSPECTIONS',
  'FINGERTIP_FORMALISM',
  'LAYERED_OVERLOADING',
  'TERRITORIAL_SHIFTING',
  'UNADMITTED_TASK',
  'SECONDED_CADRES',
  'DEMONSTRATION_RATINGS',
  'CERTIFICATES_AND_SIGNBOARDS',
  'OTHER',
] as const;
export type ClueCategory = (typeof CLUE_CATEGORIES)[number];

export const CLUE_SOURCES = ['PORTAL', 'VILLAGE_REFUSAL', 'HOTLINE', 'MAILBOX', 'INSPECTION'] as const;
export type ClueSource = (typeof CLUE_SOURCES)[number];
/** Sources the office records itself (POST /api/clues). */
export const STAFF_CLUE_SOURCES = ['HOTLINE', 'MAILBOX', 'INSPECTION'] as const satisfies readonly ClueSource[];

export const CLUE_STATUSES = [
  'TRIAGE',
  'NOT_ACCEPTED',
  'MERGED',
  'VERIFYING',
  'RECTIFYING',
  'REPLYING',
  'RATING',
  'CLOSED',
] as const;
export type ClueStatus = (typeof CLUE_STATUSES)[number];

export const UNIT_STATUSES = [
  'VERIFYING',
  'RETURNED',
  'NOT_SUBSTANTIATED',
  'VERIFIED',
  'PLANNING',
  'RECTIFYING',
  'ACCEPTING',
  'DONE',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const VERIFICATION_OUTCOMES = ['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'NOT_SUBSTANTIATED'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

export const RATINGS = ['SATISFIED', 'UNSATISFIED'] as const;
export type Rating = (typeof RATINGS)[number];

export const clueCategoryLabel = (t: Translate, v: string | null | undefined) =>
  enumLabel(t, 'clueCategory', CLUE_CATEGORIES, v);
export const clueStatusLabel = (t: Translate, v: string | null | undefined) =>
  enumLabel(t, 'clueStatus', CLUE_STATUSES, v);
export const ratingLabel = (t: Translate, v: string | null | undefined) => enumLabel(t, 'rating', RATINGS, v);

const CLUE_STATUS_COLORS: Record<ClueStatus, string> = {
  TRIAGE: 'gold',
  NOT_ACCEPTED: 'default',
  MERGED: 'default',
  VERIFYING: 'processing',
  RECTIFYING: 'purple',
  REPLYING: 'cyan',
  RATING: 'blue',
  CLOSED: 'success',
};

export function clueStatusColor(status: string | null | undefined): string {
  return status && status in CLUE_STATUS_COLORS ? CLUE_STATUS_COLORS[status as ClueStatus] : 'default';
}

/** Roles that see every clue (scope=all) and the statistics. */
export const CLUE_OVERVIEW_ROLES: readonly Role[] = ['OFFICE', 'VERIFIER', 'ADMIN'];

/** 基层评机关: who runs the rounds and screens comments, who rates, who sees results (the server also checks the organisation). */
export const EVALUATION_MANAGER_ROLES: readonly Role[] = ['OFFICE', 'ADMIN'];
export const EVALUATION_RATER_ROLES: readonly Role[] = ['GRASSROOTS'];
export const EVALUATION_RESULT_ROLES: readonly Role[] = ['OFFICE', 'ADMIN', 'APPROVER', 'APPLICANT'];

/** 未诉先办: who sees the recurring problems; who opens special topics and links clues to them. */
export const RECURRING_ROLES: readonly Role[] = ['OFFICE', 'ADMIN', 'APPROVER', 'VERIFIER'];
export const TOPIC_MANAGER_ROLES: readonly Role[] = ['OFFICE', 'ADMIN'];

/** Roles that keep the search's synonym list (/api/search/synonyms). */
export const SYNONYM_ROLES: readonly Role[] = ['ADMIN', 'OFFICE'];

/** Grassroots units (乡镇/村社区) in a dual assignment; every other assignable org is a county department. */
export function isGrassrootsOrgType(type: string | null | undefined): boolean {
  return type === 'TOWNSHIP' || type === 'VILLAGE';
}
