export type InboxTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  processKey: string;
  businessId: string | number;
  title: string;
  /** The subject's unit: the applicant, the unit a clue reports, a review's or topic's lead unit. */
  orgName: string | null;
  /** The unit this task concerns: for a clue's verification, rectification and acceptance, the unit it was assigned to. */
  unitId: number | null;
  unitName: string | null;
  created: string | null;
  due: string | null;
  overdue: boolean;
  dueSoon: boolean;
  assignee: string | null;
  /** The holder's name as people know them (the user name is only for comparisons). */
  assigneeName: string | null;
  /** Has candidate groups: it can be claimed while free, and handed back by whoever holds it. */
  groupTask: boolean;
  escalated: boolean;
};

export type DoneTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  processKey: string;
  businessId: string | number;
  title: string;
  completedAt: string | null;
};

export type PageParams = { page: number; size: number };

export const DUE_STATES = ['OVERDUE', 'DUE_SOON', 'NO_DUE_DATE'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const INBOX_SORTS = ['CREATED', 'DUE'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** What the lists are narrowed to (GET /api/inbox…): null is "any" (sort: the list's own order). */
export type InboxFilters = {
  chain: string | null;
  step: string | null;
  due: DueState | null;
  dueDays: number | null;
  unitId: number | null;
  sort: InboxSort | null;
};

export type InboxListParams = PageParams & InboxFilters;

export type InboxCounts = { todo: number; claimed: number; done: number; escalations: number | null };

/** A process the inbox can be filtered by, with its steps (GET /api/inbox/filters). */
export type InboxChain = { key: string; name: string; steps: { key: string; name: string }[] };

/** A case copied (抄送) to the user or their organisation: read-only. */
export type CopiedCase = {
  chain: string;
  id: number;
  title: string | null;
  orgName: string | null;
  copiedByName: string;
  copiedAt: string;
};
