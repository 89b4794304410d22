import { AuditTimeline } from '@/components/ui/audit-timeline';
import { useAdmissionI18n, type AdmissionKey, type AdmissionTranslate } from '../i18n';
import type { AuditEntry } from '../types';

/** Label of a decision in a history entry (an approver's REFUSE/RETURN read differently). */
export function decisionLabel(t: AdmissionTranslate, action: string, decision: string | null): string {
  if (!decision) return '';
  if (action === 'CO_SIGNED' && (decision === 'AGREE' || decision === 'OBJECT')) return t(`coSign.${decision}`);
  const approve = action === 'APPROVED' || action === 'APPROVE';
  const key =
    approve && (decision === 'REFUSE' || decision === 'RETURN')
      ? `decision.APPROVE_${decision}`
      : `decision.${decision}`;
  const known: string[] = ['PASS', 'RETURN', 'REFUSE', 'APPROVE'];
  return known.includes(decision) ? t(key as AdmissionKey) : decision;
}

function color(entry: AuditEntry): string {
  if (entry.action === 'ADMITTED' || ['PASS', 'APPROVE', 'AGREE'].includes(entry.decision ?? '')) return 'green';
  if (entry.action === 'REFUSED' || entry.decision === 'REFUSE' || entry.decision === 'OBJECT') return 'red';
  if (entry.decision === 'RETURN' || entry.action === 'ESCALATED' || entry.action === 'REMINDED') return 'orange';
  if (entry.action === 'WITHDRAWN') return 'gray';
  return 'blue';
}

export function HistoryTimeline({ history }: { history: AuditEntry[] }) {
  const { t } = useAdmissionI18n();
  return (
    <AuditTimeline history={history} color={color} decisionLabel={(h) => decisionLabel(t, h.action, h.decision)} />
  );
}
