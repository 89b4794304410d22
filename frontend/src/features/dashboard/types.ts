// The dashboard's answers (GET /api/monitor/clues, /api/monitor/admission).

/** A share with what it is made of; `value` is null when `whole` is 0. */
export type Rate = { part: number; whole: number; value: number | null };

export type ScopeKind = 'COUNTY' | 'TOWNSHIP' | 'UNIT';

export type DashboardScope = { kind: ScopeKind; orgId: number | null; orgName: string | null; orgType: string | null };

export type KeyCount = { key: string; label: string; count: number };

export type NamedCount = { orgId: number; name: string; count: number };

export const RATE_KEYS = ['response', 'resolution', 'satisfaction', 'closure', 'onTime'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type Ranks = Record<RateKey, number | null> & { of: number };

export type UnitRow = Record<RateKey, Rate> & {
  orgId: number;
  name: string;
  type: string;
  assigned: number;
  closed: number;
  ranks: Ranks;
};

export type MonthRow = Record<RateKey, Rate> & { month: string; received: number; closed: number };

export type ClueDashboard = {
  from: string | null;
  to: string | null;
  scope: DashboardScope;
  totals: Record<RateKey, Rate> & { received: number; accepted: number; closed: number; assigned: number };
  byCategory: KeyCount[];
  byTownship: NamedCount[];
  byMonth: MonthRow[];
  units: UnitRow[];
};

export type StepRow = {
  step: string;
  label: string;
  open: number;
  overdue: number;
  completed: number;
  averageHours: number | null;
  onTime: Rate;
};

export type DepartmentRow = {
  orgId: number;
  name: string;
  submitted: number;
  refused: number;
  returned: number;
  refusalShare: Rate;
  rank: number;
  of: number;
};

export type AdmissionDashboard = {
  from: string | null;
  to: string | null;
  scope: DashboardScope;
  submitted: number;
  byStatus: KeyCount[];
  steps: StepRow[];
  departments: DepartmentRow[];
  itemsOn: string;
  itemsByCategory: KeyCount[];
  itemsByLead: NamedCount[];
};

export type Period = { from: string | null; to: string | null };

/** The tables GET /api/monitor/export can write. */
export type DashboardTable =
  | 'CLUE_UNITS'
  | 'CLUE_MONTHS'
  | 'CLUE_CATEGORIES'
  | 'CLUE_TOWNSHIPS'
  | 'ADMISSION_STATUSES'
  | 'ADMISSION_STEPS'
  | 'ADMISSION_DEPARTMENTS'
  | 'ITEMS_CATEGORIES'
  | 'ITEMS_LEADS';

/** GET /api/warnings/summary: unresolved warnings by rule and severity. */
export type WarningCount = { rule: string; severity: string; count: number };

/** The burden meter's figures the dashboard shows (see the burden pages for all of them). */
export type BurdenOverview = {
  townships: {
    townshipId: number;
    townshipName: string;
    villages: number;
    villagesOverCapacity: number;
    hours: number;
    capacity: number;
    loadRatio: number | null;
  }[];
  villages: {
    villageId: number;
    villageName: string;
    townshipName: string | null;
    items: number;
    hours: number;
    capacity: number;
    loadRatio: number | null;
    overCapacity: boolean;
  }[];
  departments: { key: string; label: string; items: number; villageHours: number }[];
};
