import { AuditTimeline } from '@/components/ui/audit-timeline';
import type { AuditEntry } from '../types';

function color(entry: AuditEntry): string {
  if (entry.action === 'CLOSED' || entry.decision === 'ACCEPT' || entry.decision === 'SATISFIED') return 'green';
  if (entry.action === 'NOT_ACCEPTED' || entry.decision === 'UNSATISFIED') return 'red';
  if (
    entry.decision === 'SEND_BACK' ||
    entry.action === 'ESCALATED' ||
    entry.action === 'REMINDED' ||
    entry.action === 'REOPENED'
  )
    return 'orange';
  if (entry.action === 'MERGED') return 'gray';
  return 'blue';
}

/** The clue's trail (履历): who did what, when, with which comment. */
export function ClueHistory({ history }: { history: AuditEntry[] }) {
  return <AuditTimeline history={history} color={color} />;
}
