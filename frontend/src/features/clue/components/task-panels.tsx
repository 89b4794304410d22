import { Alert, Card, Flex, Space, Typography } from 'antd';
import { DelegationNotice, delegationOf, HandOverButtons } from '@/components/ui/task-hand-over';
import type { CurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useClueI18n, type ClueKey } from '../i18n';
import { clueQueryKey } from '../api/get-clue';
import type { ClueDetail } from '../types';
import { canAskForMoreTime, canReturnClue, clueTaskKind, type ClueTaskKind } from '../utils/task-kind';
import { ExtensionRequest } from './extension-request';
import { ReassignPanel } from './reassign-panel';
import { ReturnClue } from './return-clue';
import { TriagePanel } from './triage-panel';
import { CheckPanel, PlanPanel, ReplyPanel, ReportPanel, VerifyPanel } from './unit-task-panels';

const TITLES: Record<ClueTaskKind, ClueKey> = {
  triage: 'clueTask.triage.title',
  verify: 'clueTask.verify.title',
  reassign: 'clueTask.reassign.title',
  plan: 'clueTask.plan.title',
  report: 'clueTask.report.title',
  check: 'clueTask.check.title',
  reply: 'clueTask.reply.title',
};

/** One panel per open task the user may act on (parallel units each have their own). */
export function TaskPanels({ clue, user }: { clue: ClueDetail; user: CurrentUser }) {
  const { t } = useClueI18n();
  const mine = clue.currentTasks
    .map((task) => ({ task, kind: clueTaskKind(task, clue, user) }))
    .filter((x): x is { task: (typeof clue.currentTasks)[number]; kind: ClueTaskKind } => x.kind !== null);
  if (!mine.length) return null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {mine.map(({ task, kind }) => {
        const delegation = delegationOf(task, user.username);
        const claimedByOther = !!task.assignee && task.assignee !== user.username && delegation !== 'away';
        const locked = claimedByOther || delegation !== null;
        const caseKey = clueQueryKey(clue.id);
        return (
          <Card
            key={task.taskId}
            className="decision-panel"
            title={task.unitName ? `${t(TITLES[kind])} · ${task.unitName}` : t(TITLES[kind])}
            data-testid={`task-panel-${kind}`}
          >
            {task.due ? (
              <Typography.Paragraph type={task.overdue ? 'danger' : 'secondary'}>
                {t('decision.due', { due: formatDateTime(task.due) })}
              </Typography.Paragraph>
            ) : null}
            {delegation ? <DelegationNotice task={task} username={user.username} caseKey={caseKey} /> : null}
            {!delegation && !claimedByOther ? (
              <Flex justify="flex-end" style={{ marginBottom: 16 }}>
                <HandOverButtons task={task} caseKey={caseKey} />
              </Flex>
            ) : null}
            {claimedByOther ? (
              <Alert
                type="info"
                showIcon
                title={t('decision.claimedBy', { name: task.assigneeName ?? task.assignee ?? '' })}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            {kind === 'triage' && delegation !== 'toMe' ? (
              <TriagePanel clue={clue} task={task} disabled={locked} />
            ) : null}
            {kind === 'verify' && delegation !== 'toMe' ? <VerifyPanel task={task} disabled={locked} /> : null}
            {kind === 'verify' && delegation !== 'toMe' && canReturnClue(task, clue, user) ? (
              <ReturnClue task={task} disabled={locked} />
            ) : null}
            {kind === 'reassign' && delegation !== 'toMe' ? (
              <ReassignPanel clue={clue} task={task} disabled={locked} />
            ) : null}
            {kind === 'plan' && delegation !== 'toMe' ? <PlanPanel task={task} disabled={locked} /> : null}
            {kind === 'report' && delegation !== 'toMe' ? <ReportPanel task={task} disabled={locked} /> : null}
            {kind === 'check' && delegation !== 'toMe' ? <CheckPanel task={task} disabled={locked} /> : null}
            {kind === 'reply' && delegation !== 'toMe' ? <ReplyPanel task={task} disabled={locked} /> : null}
            {delegation !== 'toMe' && canAskForMoreTime(task, clue, user) ? (
              <ExtensionRequest task={task} extensions={clue.extensions ?? []} disabled={locked} />
            ) : null}
          </Card>
        );
      })}
    </Space>
  );
}
