// Labels of the feature's codes in the reader's language (the server's labels are Chinese only).
import dayjs from 'dayjs';
import type { AuditEntry } from '@/lib/audit';
import { clueCategoryLabel, enumLabel, isOneOf } from '@/lib/enums';
import type { RecurTranslate } from '../i18n';
import { GROUP_BYS, REPORT_KINDS, TOPIC_STATUSES, type RecurringProblem, type TopicStatus } from '../types';

export const groupByLabel = (t: RecurTranslate, g: string) => enumLabel(t, 'recur.groupBy', GROUP_BYS, g);
export const topicStatusLabel = (t: RecurTranslate, s: string) => enumLabel(t, 'recur.status', TOPIC_STATUSES, s);
export const reportKindLabel = (t: RecurTranslate, k: string) => enumLabel(t, 'recur.reportKind', REPORT_KINDS, k);

const STEPS = ['Task_Rectify', 'Task_Accept'] as const;
export const stepLabel = (t: RecurTranslate, key: string | null) => (key ? enumLabel(t, 'recur.step', STEPS, key) : '');

const STATUS_COLORS: Record<TopicStatus, string> = { RECTIFYING: 'processing', ACCEPTING: 'gold', DONE: 'success' };
export const topicStatusColor = (s: string) => (isOneOf(TOPIC_STATUSES, s) ? STATUS_COLORS[s] : 'default');

export const REPORT_COLORS: Record<string, string> = { REPORT: 'blue', SENT_BACK: 'red', ACCEPTED: 'green' };

/** A group's name: a category's label (the server sends its code), an organisation's name, a clue's excerpt. */
export const problemLabel = (t: RecurTranslate, p: Pick<RecurringProblem, 'groupBy' | 'label'>) =>
  p.groupBy === 'CATEGORY' ? clueCategoryLabel(t, p.label) : p.label;

const TOPIC_ACTIONS = [
  'TOPIC_OPENED',
  'TOPIC_CLUE_LINKED',
  'TOPIC_REPORTED',
  'TOPIC_ACCEPTED',
  'TOPIC_SENT_BACK',
  'TOPIC_CLOSED',
] as const;

/** The trail with the topic's own actions labelled in the reader's language (the timeline knows the others). */
export function translateHistory(t: RecurTranslate, history: AuditEntry[]): AuditEntry[] {
  return history.map((h) =>
    isOneOf(TOPIC_ACTIONS, h.action) ? { ...h, actionLabel: t(`recur.audit.${h.action}`) } : h,
  );
}

/** Whether the lead unit is still rectifying after the deadline's day. */
export function isOverdue(status: string, deadline: string, today: string = dayjs().format('YYYY-MM-DD')): boolean {
  return status === 'RECTIFYING' && deadline < today;
}
