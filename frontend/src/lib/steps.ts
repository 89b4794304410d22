// The steps (user tasks) of the processes, by task definition key (the ids in bpmn/*.bpmn): the
// inbox, the application and the clue pages all name them.
import { isOneOf, valueOfZhLabel } from './enums';
import { tZh, type Translate } from './i18n';

export const TASK_KEYS = [
  'Task_Review',
  'Task_Revise',
  'Task_Approve',
  'Task_CoSignReview',
  'Task_Triage',
  'Task_Verify',
  'Task_Reassign',
  'Task_Plan',
  'Task_Report',
  'Task_Accept',
  'Task_Reply',
  'Task_Propose',
  'Task_ReviewProposal',
  'Task_ApproveProposal',
  'Task_Rectify',
] as const;
export type TaskKey = (typeof TASK_KEYS)[number];

/**
 * A step's label by its task key. Without a known key the server's (Chinese) name is looked up among
 * the Chinese labels, and shown as it is when it is not one of them.
 */
export function stepLabel(t: Translate, taskKey: string | null | undefined, serverName?: string | null): string {
  const key = isOneOf(TASK_KEYS, taskKey) ? taskKey : valueOfZhLabel(TASK_KEYS, (k) => tZh(`step.${k}`), serverName);
  if (key) return t(`step.${key}`);
  return serverName ?? taskKey ?? '';
}
