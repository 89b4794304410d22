// The public report form: the shared clue form, limited to the portal's own sources.
import { createClueFormSchema } from '@/lib/clue-form';
import type { ClueSource } from '@/lib/enums';
import { tZh, type PortalTranslate } from '../i18n';

export const PORTAL_SOURCES: readonly ClueSource[] = ['PORTAL', 'VILLAGE_REFUSAL'];

export const createReportSchema = (t: PortalTranslate = tZh) => createClueFormSchema(t, PORTAL_SOURCES);

/** The description prefilled when a village refuses a task the public lookup did not find. */
export function refusalDescription(t: PortalTranslate, taskName: string): string {
  return t('report.refusalDescription', { task: taskName.trim() });
}
