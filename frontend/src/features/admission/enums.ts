// Labels and colours of the enumerations only the admission feature shows.
import { APPLICATION_STATUSES, enumLabel, TARGET_SCOPES, type ApplicationStatus } from '@/lib/enums';
import type { AdmissionTranslate } from './i18n';

export const statusLabel = (t: AdmissionTranslate, v: string | null | undefined) =>
  enumLabel(t, 'status', APPLICATION_STATUSES, v);
export const scopeLabel = (t: AdmissionTranslate, v: string | null | undefined) =>
  enumLabel(t, 'scope', TARGET_SCOPES, v);

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  RETURNED: 'warning',
  IN_APPROVAL: 'purple',
  ADMITTED: 'success',
  REFUSED: 'error',
  WITHDRAWN: 'default',
};

/** antd Tag colour for an application status. */
export function statusColor(status: string | null | undefined): string {
  return status && status in STATUS_COLORS ? STATUS_COLORS[status as ApplicationStatus] : 'default';
}
