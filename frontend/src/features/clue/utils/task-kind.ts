import type { CurrentUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import type { ClueCurrentTask, ClueDetail } from '../types';

export type ClueTaskKind = 'triage' | 'verify' | 'reassign' | 'plan' | 'report' | 'check' | 'reply';

/** Only a user of the assigned unit itself may return (退单) its verification; the verification team may not. */
export function canReturnClue(
  task: ClueCurrentTask,
  clue: Pick<ClueDetail, 'units'>,
  user: Pick<CurrentUser, 'orgId'>,
): boolean {
  if (task.taskKey !== 'Task_Verify' || task.unitId === null) return false;
  const unit = clue.units.find((u) => u.id === task.unitId);
  return !!unit && unit.orgId === user.orgId && unit.status === 'VERIFYING';
}

/** 申请延期: on the unit's own verification, plan or report step, before it is due. */
export function canAskForMoreTime(
  task: ClueCurrentTask,
  clue: Pick<ClueDetail, 'units'>,
  user: Pick<CurrentUser, 'orgId'>,
): boolean {
  if (!['Task_Verify', 'Task_Plan', 'Task_Report'].includes(task.taskKey) || task.unitId === null) return false;
  const unit = clue.units.find((u) => u.id === task.unitId);
  return !!unit && unit.orgId === user.orgId && unit.status !== 'RETURNED' && !task.overdue;
}

/**
 * Which panel (if any) the user gets for an open task: the office triages, reassigns a returned
 * clue (重新交办), accepts and replies; the assigned unit verifies (with the verification team), plans and reports.
 */
export function clueTaskKind(
  task: ClueCurrentTask,
  clue: Pick<ClueDetail, 'units'>,
  user: Pick<CurrentUser, 'roles' | 'orgId'>,
): ClueTaskKind | null {
  const unit = task.unitId === null ? undefined : clue.units.find((u) => u.id === task.unitId);
  const ownUnit = !!unit && unit.orgId === user.orgId;
  switch (task.taskKey) {
    case 'Task_Triage':
      return hasRole(user.roles, 'OFFICE') ? 'triage' : null;
    case 'Task_Verify':
      return ownUnit || hasRole(user.roles, 'VERIFIER') ? 'verify' : null;
    case 'Task_Reassign':
      return hasRole(user.roles, 'OFFICE') ? 'reassign' : null;
    case 'Task_Plan':
      return ownUnit ? 'plan' : null;
    case 'Task_Report':
      return ownUnit ? 'report' : null;
    case 'Task_Accept':
      return hasRole(user.roles, 'OFFICE') ? 'check' : null;
    case 'Task_Reply':
      return hasRole(user.roles, 'OFFICE') ? 'reply' : null;
    default:
      return null;
  }
}
