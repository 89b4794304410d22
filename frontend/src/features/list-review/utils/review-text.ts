// Labels of the review's codes in the current language, and what the viewer may do on a review.
import { AUDIT_ACTIONS, auditActionLabel, type AuditEntry } from '@/lib/audit';
import type { CurrentUser } from '@/lib/auth';
import { enumLabel, hasRole, isGrassrootsOrgType, isOneOf, type Role } from '@/lib/enums';
import type { ListReviewTranslate } from '../i18n';
import {
  FEEDBACK_VERDICTS,
  PROPOSALS,
  REVIEW_DECISIONS,
  REVIEW_STATUSES,
  TASK_APPROVE,
  TASK_PROPOSE,
  TASK_REVIEW,
  type ReviewDetail,
  type ReviewStatus,
  type ReviewSummary,
} from '../types';

export const statusLabel = (t: ListReviewTranslate, v: string | null | undefined) =>
  enumLabel(t, 'review.status', REVIEW_STATUSES, v);
export const verdictLabel = (t: ListReviewTranslate, v: string | null | undefined) =>
  enumLabel(t, 'review.verdict', FEEDBACK_VERDICTS, v);
export const proposalLabel = (t: ListReviewTranslate, v: string | null | undefined) =>
  enumLabel(t, 'review.proposal', PROPOSALS, v);

/** The review's round; without one, whether it started by itself before expiry or a person started it alone. */
export function roundText(
  t: ListReviewTranslate,
  s: Pick<ReviewSummary, 'roundName' | 'startedAutomatically'>,
): string {
  if (s.roundName) return s.roundName;
  return s.startedAutomatically ? t('review.autoStarted') : t('review.startedAlone');
}

const STATUS_COLORS: Record<ReviewStatus, string> = {
  FEEDBACK: 'gold',
  PROPOSAL: 'processing',
  REVIEW: 'processing',
  APPROVAL: 'purple',
  KEPT: 'success',
  CHANGED: 'cyan',
  WITHDRAWN: 'default',
};

export function statusColor(status: string | null | undefined): string {
  return isOneOf(REVIEW_STATUSES, status) ? STATUS_COLORS[status] : 'default';
}

export const VERDICT_COLORS: Record<string, string> = {
  NECESSARY: 'green',
  WORKABLE: 'blue',
  TOO_HEAVY: 'orange',
  SHOULD_REMOVE: 'red',
};

/** The steps a review goes through; the last one shows the outcome once there is one. */
export const STEPS = ['FEEDBACK', 'PROPOSAL', 'REVIEW', 'APPROVAL'] as const satisfies readonly ReviewStatus[];

/** The index of the step a review is at (STEPS.length once it is finished). */
export function stepIndex(status: string): number {
  const i = (STEPS as readonly string[]).indexOf(status);
  return i >= 0 ? i : STEPS.length;
}

/** Roles that start reviews and rounds and may end the feedback early. */
export const ORGANISER_ROLES: readonly Role[] = ['REVIEWER', 'OFFICE', 'ADMIN'];

export const isOrganiser = (user: CurrentUser | null | undefined) => hasRole(user?.roles, ...ORGANISER_ROLES);

/** What the viewer can do on the review now; the server decides in the end (403/409). */
export type ReviewAction = 'feedback' | 'close' | 'propose' | 'review' | 'approve';

export function reviewActions(detail: ReviewDetail, user: CurrentUser | null | undefined): ReviewAction[] {
  if (!user) return [];
  const out: ReviewAction[] = [];
  const status = detail.summary.status;
  if (isGrassrootsOrgType(user.orgType) && (detail.canGiveFeedback || detail.myFeedback)) out.push('feedback');
  if (status === 'FEEDBACK' && isOrganiser(user)) out.push('close');
  if (detail.taskId && detail.taskKey === TASK_PROPOSE && isLeadDepartment(detail, user)) out.push('propose');
  const mayDecide = !detail.proposedByMe;
  if (detail.taskId && detail.taskKey === TASK_REVIEW && mayDecide && hasRole(user.roles, 'REVIEWER'))
    out.push('review');
  if (detail.taskId && detail.taskKey === TASK_APPROVE && mayDecide && hasRole(user.roles, 'APPROVER'))
    out.push('approve');
  return out;
}

/** A user of the item's lead department. */
function isLeadDepartment(detail: ReviewDetail, user: CurrentUser): boolean {
  return detail.summary.leadOrgId === user.orgId;
}

const REVIEW_AUDIT_ACTIONS = [
  'REVIEW_STARTED',
  'FEEDBACK_GIVEN',
  'FEEDBACK_CLOSED',
  'REVIEW_PROPOSED',
  'PROPOSAL_REVIEWED',
  'PROPOSAL_APPROVED',
  'ITEM_KEPT',
  'ITEM_CHANGED',
  'ITEM_WITHDRAWN',
] as const;

/** A line of the review's trail: its own actions from this dictionary, the others' (reminders…) from the shared one. */
export function historyActionLabel(t: ListReviewTranslate, entry: AuditEntry): string {
  if (isOneOf(REVIEW_AUDIT_ACTIONS, entry.action)) return t(`review.audit.${entry.action}`);
  if (isOneOf(AUDIT_ACTIONS, entry.action)) return auditActionLabel(t, entry);
  return entry.actionLabel || entry.action;
}

/** The decision of a trail line: a verdict, a proposal, or a review's or approval's pass / return. */
export function historyDecisionLabel(t: ListReviewTranslate, entry: AuditEntry): string {
  const d = entry.decision;
  if (!d) return '';
  if (entry.action === 'PROPOSAL_APPROVED' && isOneOf(REVIEW_DECISIONS, d)) return t(`review.approval.${d}`);
  if (isOneOf(REVIEW_DECISIONS, d)) return t(`review.decision.${d}`);
  if (isOneOf(PROPOSALS, d)) return t(`review.proposal.${d}`);
  if (isOneOf(FEEDBACK_VERDICTS, d)) return t(`review.verdict.${d}`);
  return d;
}

export function historyColor(entry: AuditEntry): string {
  if (entry.action === 'ITEM_WITHDRAWN' || entry.decision === 'RETURN') return 'orange';
  if (entry.action === 'ITEM_KEPT' || entry.action === 'ITEM_CHANGED' || entry.decision === 'PASS') return 'green';
  if (entry.action === 'ESCALATED' || entry.action === 'REMINDED') return 'orange';
  return 'blue';
}
