import type { Category, Frequency, TargetScope } from '@/lib/enums';

export type AdmissionItem = {
  id: number;
  listNo: string;
  itemName: string;
  category: Category;
  leadOrgId: number | null;
  leadOrgName: string | null;
  /** the cooperating departments' names as admitted, joined by 、 */
  cooperatingOrgs?: string | null;
  cooperatingOrgNames: string[];
  legalBasis: string | null;
  content: string | null;
  performanceStandard: string | null;
  frequency: Frequency | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  /**
   * ALL villages of the county, or the SELECTED townships' villages and the villages chosen one by one; null for
   * items registered outside the platform
   */
  targetScope?: TargetScope | null;
  targetTownshipNames?: string[];
  targetVillageNames?: string[];
  /** expected hours per village per month */
  workloadHoursPerMonth?: number | null;
  /** only in the logged-in API */
  applicationId?: number | null;
};

export type AdmissionItemFilters = {
  keyword?: string | null;
  category?: Category | null;
  leadOrgId?: number | null;
};

/** An item as a search answer: relevance (null without a keyword) and the words or synonyms found in it. */
export type ItemHit = AdmissionItem & { score?: number | null; matchedTerms?: string[] };

export const LAPSED_STATUSES = ['WITHDRAWN', 'EXPIRED'] as const;

/** An entry matching the keyword that has left the list: withdrawn by a review, or expired. */
export type LapsedHit = {
  id: number;
  listNo: string;
  itemName: string;
  leadOrgName: string | null;
  status: (typeof LAPSED_STATUSES)[number] | (string & {});
  /** the first day it is no longer on the list */
  since: string;
};

/**
 * The public lookup's answer: when nothing matched (`noMatch`), the `nearest` items instead; entries
 * matching the keyword that lapsed in the last two years in `lapsed`.
 */
export type AdmissionLookup = {
  items: ItemHit[];
  total: number;
  page: number;
  size: number;
  noMatch?: boolean;
  nearest?: ItemHit[];
  lapsed?: LapsedHit[];
};

/** An earlier text of a list entry, as it stood until a review changed it. */
export type ItemVersion = {
  versionNo: number;
  itemName: string;
  content: string | null;
  performanceStandard: string | null;
  workloadHoursPerMonth: number | null;
  effectiveDate: string | null;
  replacedOn: string | null;
};

/** GET /api/public/admission-items/{id}/history: the current version, the withdrawal date, earlier versions (newest first). */
export type ItemHistory = {
  versionNo: number;
  withdrawnOn: string | null;
  versions: ItemVersion[];
};
