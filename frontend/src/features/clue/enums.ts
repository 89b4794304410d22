// Labels of the enumerations only the staff's clue pages show.
import { CLUE_SOURCES, enumLabel, UNIT_STATUSES, VERIFICATION_OUTCOMES } from '@/lib/enums';
import type { ClueTranslate } from './i18n';

export const clueSourceLabel = (t: ClueTranslate, v: string | null | undefined) =>
  enumLabel(t, 'clueSource', CLUE_SOURCES, v);
export const unitStatusLabel = (t: ClueTranslate, v: string | null | undefined) =>
  enumLabel(t, 'unitStatus', UNIT_STATUSES, v);
export const outcomeLabel = (t: ClueTranslate, v: string | null | undefined) =>
  enumLabel(t, 'outcome', VERIFICATION_OUTCOMES, v);

/** The tag colour of a unit's status: a returned unit (已退单) stands out from the ones still at work. */
export const unitStatusColor = (v: string | null | undefined): string => (v === 'RETURNED' ? 'orange' : 'blue');
