// Enumerations of the API (docs/api.md) with their labels (from the i18n dictionary) and colours.
import type { MessageKey, Translate } from './i18n';

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

/** Label of a value, or the raw value when the server sends something this UI does not know yet. */
function label(t: Translate, prefix: string, value: string | null | undefined, known: readonly string[]): string {
  if (value === null || value === undefined || value === '') return '';
  return known.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
}

export const statusLabel = (t: Translate, v: string | null | undefined) => label(t, 'status', v, APPLICATION_STATUSES);
export const categoryLabel = (t: Translate, v: string | null | undefined) => label(t, 'category', v, CATEGORIES);
export const scopeLabel = (t: Translate, v: string | null | undefined) => label(t, 'scope', v, TARGET_SCOPES);
export const frequencyLabel = (t: Translate, v: string | null | undefined) => label(t, 'frequency', v, FREQUENCIES);
export const roleLabel = (t: Translate, v: string | null | undefined) => label(t, 'role', v, ROLES);
export const orgTypeLabel = (t: Translate, v: string | null | undefined) => label(t, 'orgType', v, ORG_TYPES);

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  RETURNED: 'warning',
  IN_APPROVAL: 'purple',
  ADMITTED: 'success',
  REFUSED: 'error',
  WITHDRAWN: 'default',
};

/** antd Tag colour for an application status. */
export function statusColor(status: string | null | undefined): string {
  return status && status in STATUS_COLORS ? STATUS_COLORS[status as ApplicationStatus] : 'default';
}

const CATEGORY_COLORS: Record<Category, string> = { BASIC: 'blue', COOPERATIVE: 'cyan', NEW: 'gold' };
export function categoryColor(category: string | null | undefined): string {
  return category && category in CATEGORY_COLORS ? CATEGORY_COLORS[category as Category] : 'default';
}

/** Options for an antd Select/Radio group. */
export function enumOptions<V extends string>(
  values: readonly V[],
  toLabel: (t: Translate, v: V) => string,
  t: Translate,
) {
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
  label(t, 'clueCategory', v, CLUE_CATEGORIES);
export const clueSourceLabel = (t: Translate, v: string | null | undefined) => label(t, 'clueSource', v, CLUE_SOURCES);
export const clueStatusLabel = (t: Translate, v: string | null | undefined) => label(t, 'clueStatus', v, CLUE_STATUSES);
export const unitStatusLabel = (t: Translate, v: string | null | undefined) => label(t, 'unitStatus', v, UNIT_STATUSES);
export const outcomeLabel = (t: Translate, v: string | null | undefined) =>
  label(t, 'outcome', v, VERIFICATION_OUTCOMES);
export const ratingLabel = (t: Translate, v: string | null | undefined) => label(t, 'rating', v, RATINGS);

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

/** Grassroots units (乡镇/村社区) in a dual assignment; every other assignable org is a county department. */
export function isGrassrootsOrgType(type: string | null | undefined): boolean {
  return type === 'TOWNSHIP' || type === 'VILLAGE';
}
