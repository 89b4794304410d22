import type { Page } from '@/lib/api-client';

export const WARNING_RULES = [
  'VILLAGE_OVER_CAPACITY',
  'MULTI_LEAD',
  'SIMILAR_CLUES',
  'STEP_DUE_SOON',
  'STEP_OVERDUE',
  'ITEM_EXPIRING',
  'REVIEW_OVERRUN',
  'REPEATED_SUBSTANTIATED',
  'RECTIFICATION_SENT_BACK',
  'LOW_EVALUATION_SCORE',
] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

export const SEVERITIES = ['NOTICE', 'WARNING', 'SERIOUS'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WARNING_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

export const SUBJECT_TYPES = ['VILLAGE', 'ORG', 'ITEM', 'APPLICATION', 'CLUE', 'CLUE_UNIT', 'TASK'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** GET /api/warnings/{id}: a warning as the sweep raised it; `params` depend on the rule. */
export type Warning = {
  id: number;
  rule: string;
  ruleLabel: string;
  severity: string;
  subjectType: string;
  subjectKey: string;
  subjectName: string;
  orgId: number | null;
  params: Record<string, string> | null;
  status: string;
  firstSeen: string;
  lastSeen: string;
  acknowledgedName: string | null;
  acknowledgedNote: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
};

export type WarningFilters = {
  /** null: every status. */
  status: WarningStatus | null;
  rule: WarningRule | null;
  severity: Severity | null;
  page: number;
  size: number;
};

export type WarningPage = Page<Warning>;
