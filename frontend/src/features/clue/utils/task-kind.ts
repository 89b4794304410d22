import type { CurrentUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import type { ClueCurrentTask, ClueDetail } from '../types';

export type ClueTaskKind = 'triage' | 'verify' | 'plan' | 'report' | 'check' | 'reply';

/**
 * Which panel (if any) the user gets for an open task: the office triages, accepts and replies;
 * the assigned unit verifies (with the verification team), plans and reports.
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
