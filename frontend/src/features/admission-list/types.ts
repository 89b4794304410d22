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

/** The public lookup's answer: when nothing matched (`noMatch`), the `nearest` items instead. */
export type AdmissionLookup = {
  items: ItemHit[];
  total: number;
  page: number;
  size: number;
  noMatch?: boolean;
  nearest?: ItemHit[];
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
