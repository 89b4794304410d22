// 未诉先办 and 专项治理: the API's shapes (GET/POST /api/recurring-problems, /api/special-topics).
import type { Page } from '@/lib/api-client';
import type { AuditEntry } from '@/lib/audit';

export const GROUP_BYS = ['CATEGORY', 'UNIT', 'TOWNSHIP', 'TEXT'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const TOPIC_STATUSES = ['RECTIFYING', 'ACCEPTING', 'DONE'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export const REPORT_KINDS = ['REPORT', 'SENT_BACK', 'ACCEPTED'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The engine steps of a topic (TopicDetail.taskKey). */
export const TASK_RECTIFY = 'Task_Rectify';
export const TASK_ACCEPT = 'Task_Accept';

/** A period of whole days, both ends included (`YYYY-MM-DD`). */
export type Period = { from: string; to: string };

/** A problem that keeps coming back: a group of the period's clues and the period before. */
export type RecurringProblem = {
  groupBy: GroupBy;
  /** The category code, the organisation's id, or (TEXT) the id of the group's first clue. */
  key: string;
  /** The organisation's name, the category code (CATEGORY) or the first clue's excerpt (TEXT). */
  label: string;
  clues: number;
  units: number;
  substantiated: number;
  /** Clues of the period of the same length before; null for TEXT groups. */
  previousClues: number | null;
  /** At most 20, in the same order as clueNos. */
  clueIds: number[];
  /** At most 5: the numbers of the first clueIds. */
  clueNos: string[];
};

export type TopicSummary = {
  id: number;
  title: string;
  leadOrgName: string;
  deadline: string;
  status: string;
};

export type TopicPage = Page<TopicSummary>;

export type LinkedClue = { id: number; clueNo: string; status: string; category: string };

export type TopicReport = { kind: string; text: string; byName: string; createdAt: string };

export type TopicDetail = {
  id: number;
  title: string;
  description: string;
  leadOrgId: number;
  leadOrgName: string;
  deadline: string;
  status: string;
  createdAt: string;
  closedAt: string | null;
  clues: LinkedClue[];
  reports: TopicReport[];
  /** The open step's task, if any. */
  taskId: string | null;
  taskKey: string | null;
  history: AuditEntry[];
};

/** POST /api/special-topics. */
export type TopicInput = {
  title: string;
  description: string;
  leadOrgId: number;
  deadline: string;
  clueIds: number[];
};
