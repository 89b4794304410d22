import { VERIFICATION_OUTCOMES, valueOfZhLabel } from '@/lib/enums';
import { tZh, type PortalTranslate } from '../i18n';

/**
 * The verification result a reporter reads. The server sends it as a Chinese sentence
 * ("经核查，反映的问题属实"); a known one is said in the current language, anything else as it came.
 */
export function outcomeText(t: PortalTranslate, outcome: string | null): string {
  const known = valueOfZhLabel(VERIFICATION_OUTCOMES, (o) => tZh(`track.outcome.${o}`), outcome);
  return known ? t(`track.outcome.${known}`) : (outcome ?? '');
}
