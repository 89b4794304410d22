import type { AuditEntry } from '../types';

/** A person's name as the audit trail records it, for a username the API gives alone (e.g. who returned a clue). */
export function actorName(history: readonly AuditEntry[] | null | undefined, username: string | null): string {
  if (!username) return '';
  return (history ?? []).find((h) => h.actorUsername === username && h.actorName)?.actorName ?? username;
}
