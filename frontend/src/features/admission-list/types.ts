import type { Category, Frequency } from '@/lib/enums';

export type AdmissionItem = {
  id: number;
  listNo: string;
  itemName: string;
  category: Category;
  leadOrgId: number | null;
  leadOrgName: string | null;
  cooperatingOrgNames: string[];
  legalBasis: string | null;
  content: string | null;
  performanceStandard: string | null;
  frequency: Frequency | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  /** only in the logged-in API */
  applicationId?: number | null;
};

export type AdmissionItemFilters = {
  keyword?: string | null;
  category?: Category | null;
  leadOrgId?: number | null;
};
