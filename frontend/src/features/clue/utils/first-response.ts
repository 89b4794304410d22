import type { ClueDetail, ClueUnit } from '../types';

/**
 * Hours from `from` to `to`, one decimal (用时 x 小时); null when either is missing or they are out of
 * order. Both are instants with their offset, so the difference is the real one.
 */
export function hoursBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.round(ms / 360_000) / 10;
}

/**
 * When the unit was given the clue: at triage, or, for a unit that took over after a 退单, when the
 * office reassigned it.
 */
export function unitAssignedAt(clue: Pick<ClueDetail, 'assignedAt' | 'returns'>, unit: ClueUnit): string | null {
  const reassigned = (clue.returns ?? []).find((r) => r.reassignedUnitId === unit.id);
  return reassigned?.decidedAt ?? clue.assignedAt;
}

/** Whether the unit first responded after its verification's time limit. */
export function respondedLate(unit: ClueUnit): boolean {
  return (
    !!unit.firstResponseAt && !!unit.verifyDueAt && Date.parse(unit.firstResponseAt) > Date.parse(unit.verifyDueAt)
  );
}
