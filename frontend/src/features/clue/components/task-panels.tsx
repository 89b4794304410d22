import { Alert, Card, Space, Typography } from 'antd';
import type { CurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useClueI18n, type ClueKey } from '../i18n';
import type { ClueDetail } from '../types';
import { clueTaskKind, type ClueTaskKind } from '../utils/task-kind';
import { TriagePanel } from './triage-panel';
import { CheckPanel, PlanPanel, ReplyPanel, ReportPanel, VerifyPanel } from './unit-task-panels';

const TITLES: Record<ClueTaskKind, ClueKey> = {
  triage: 'clueTask.triage.title',
  verify: 'clueTask.verify.title',
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
        const claimedByOther = !!task.assignee && task.assignee !== user.username;
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
            {claimedByOther ? (
              <Alert
                type="info"
                showIcon
                title={t('decision.claimedBy', { name: task.assignee ?? '' })}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            {kind === 'triage' ? <TriagePanel clue={clue} task={task} disabled={claimedByOther} /> : null}
            {kind === 'verify' ? <VerifyPanel task={task} disabled={claimedByOther} /> : null}
            {kind === 'plan' ? <PlanPanel task={task} disabled={claimedByOther} /> : null}
            {kind === 'report' ? <ReportPanel task={task} disabled={claimedByOther} /> : null}
            {kind === 'check' ? <CheckPanel task={task} disabled={claimedByOther} /> : null}
            {kind === 'reply' ? <ReplyPanel task={task} disabled={claimedByOther} /> : null}
          </Card>
        );
      })}
    </Space>
  );
}
