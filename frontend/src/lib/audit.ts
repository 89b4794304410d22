import { isOneOf } from './enums';
import type { Translate } from './i18n';

/** One entry of a case's audit trail (履历), as both the admission and the clue APIs return it. */
export type AuditEntry = {
  id: number;
  at: string;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  actionLabel?: string | null;
  decision: string | null;
  comment: string | null;
};

export const AUDIT_ACTIONS = [
  'CREATED',
  'UPDATED',
  'SUBMITTED',
  'PRECHECKED',
  'CLAIMED',
  'UNCLAIMED',
  'REVIEWED',
  'APPROVED',
  'RESUBMITTED',
  'WITHDRAWN',
  'ADMITTED',
  'REFUSED',
  'REMINDED',
  'ESCALATED',
  'NUDGED',
  'TRANSFERRED',
  'DELEGATED',
  'DELEGATION_RESOLVED',
  'CO_SIGNER_ADDED',
  'CO_SIGNER_REMOVED',
  'CO_SIGNED',
  'REVIEW_RECALLED',
  'COPIED',
  'ATTACHMENT_ADDED',
  'ATTACHMENT_REMOVED',
  'CLUE_RECEIVED',
  'SUPPLEMENTED',
  'NOT_ACCEPTED',
  'MERGED',
  'ASSIGNED',
  'VERIFIED',
  'PLANNED',
  'RECTIFICATION_REPORTED',
  'RECTIFICATION_CHECKED',
  'REPLIED',
  'RATED',
  'REOPENED',
  'CLOSED',
  'RETURNED',
  'REASSIGNED',
  'EXTENSION_REQUESTED',
  'EXTENSION_GRANTED',
  'EXTENSION_REFUSED',
  'SUPERVISION_ISSUED',
  'SUPERVISION_ANSWERED',
  'CALLBACK_RECORDED',
  'TYPICAL_FLAGGED',
  'CAPACITY_CHANGED',
] as const;

/** What an entry records, in the current language; the server's label for an action this UI does not know. */
export function auditActionLabel(t: Translate, entry: Pick<AuditEntry, 'action' | 'actionLabel'>): string {
  if (isOneOf(AUDIT_ACTIONS, entry.action)) return t(`audit.${entry.action}`);
  return entry.actionLabel || entry.action;
}
