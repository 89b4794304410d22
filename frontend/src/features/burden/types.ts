// Types of the burden meter API (基层承载力, /api/burden).

/** What the admission list puts on one village now. */
export type VillageLoad = {
  villageId: number;
  villageName: string;
  townshipId: number | null;
  townshipName: string | null;
  /** items in force that apply to the village */
  items: number;
  /** their hours a month together */
  hours: number;
  /** hours a month the village can carry: its own, else the county-wide one */
  capacity: number;
  /** the village's own capacity; null when the county-wide one applies */
  ownCapacity: number | null;
  /** hours ÷ capacity; null when the capacity is 0 */
  loadRatio: number | null;
  overCapacity: boolean;
};

/** A township's villages together. */
export type TownshipLoad = {
  townshipId: number;
  townshipName: string;
  villages: number;
  villagesOverCapacity: number;
  hours: number;
  capacity: number;
  highestLoadRatio: number | null;
  loadRatio: number | null;
};

/** What one lead department's (or category's) items add up to over the villages they reach. */
export type BurdenShare = {
  /** department id, or category code */
  key: string;
  label: string;
  items: number;
  villageHours: number;
};

export type ShareBy = 'department' | 'category';

export const REACHES = ['COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
/** Why an item applies to a village: the whole county, its township was chosen, the village itself was chosen. */
export type Reach = (typeof REACHES)[number];

export type VillageItem = {
  id: number;
  listNo: string;
  itemName: string;
  category: string | null;
  leadOrgName: string | null;
  legalBasis: string | null;
  frequency: string | null;
  workloadHoursPerMonth: number | null;
  reach: Reach | (string & {});
  expiryDate: string | null;
};

export const LAPSED_STATUSES = ['WITHDRAWN', 'EXPIRED'] as const;

/** An item that applied to the village and has left the list: withdrawn by its review, or expired. */
export type LapsedItem = {
  id: number;
  listNo: string;
  itemName: string;
  leadOrgName: string | null;
  status: (typeof LAPSED_STATUSES)[number] | (string & {});
  /** the first day it is no longer on the list */
  since: string;
};

export type VillageBurden = {
  load: VillageLoad;
  townshipId: number | null;
  items: VillageItem[];
  byDepartment: BurdenShare[];
  byCategory: BurdenShare[];
  /** lapsed in the last two years, the latest first (absent from an older server) */
  lapsed?: LapsedItem[];
};

export type Capacity = { hoursPerMonth: number };

export type VillageLoadFilters = { townshipId?: number | null; overCapacityOnly?: boolean; page: number; size: number };
