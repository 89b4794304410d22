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
