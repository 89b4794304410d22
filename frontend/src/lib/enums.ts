// Enumerations of the API (docs/api.md) with their labels (from the i18n dictionary) and colours.
import type { MessageKey, Translate } from './i18n';

export const APPLICATION_STATUSES = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'IN_APPROVAL', 'ADMITTED', 'REFUSED', 'WITHDRAWN'] as const;
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
export function enumOptions<V extends string>(values: readonly V[], toLabel: (t: Translate, v: V) => string, t: Translate) {
  return values.map((value) => ({ value, label: toLabel(t, value) }));
}

/** Roles that see the overview of all applications (scope=all). */
export const OVERVIEW_ROLES: readonly Role[] = ['REVIEWER', 'APPROVER', 'OFFICE', 'ADMIN'];

export function hasRole(roles: readonly string[] | undefined | null, ...wanted: Role[]): boolean {
  return !!roles && wanted.some((r) => roles.includes(r));
}
