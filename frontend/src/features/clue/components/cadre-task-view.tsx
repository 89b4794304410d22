// The cadre's task view (village, township and department users): what is asked and by when, the one
// form of the current step, photo evidence straight from the camera and the step bar, at the top of
// the clue page. When a step is done and the next one of this clue is theirs again (verify → plan →
// report), its form takes the place of the last one: no trip back to the inbox.
import { Alert, Button, Card, Col, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { StepBar } from '@/components/ui/step-bar';
import { paths } from '@/config/paths';
import type { CurrentUser } from '@/lib/auth';
import { clueCategoryLabel } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { stepLabel } from '@/lib/steps';
import { useClueI18n } from '../i18n';
import type { ClueCurrentTask, ClueDetail } from '../types';
import { ClueAttachments } from './clue-attachments';
import { TaskPanels } from './task-panels';

const OPEN = ['CLOSED', 'NOT_ACCEPTED', 'MERGED'];

type Props = {
  clue: ClueDetail;
  user: CurrentUser;
  /** The open steps of this clue that are the user's, in the order the page shows them. */
  mine: ClueCurrentTask[];
};

export function CadreTaskView({ clue, user, mine }: Props) {
  const { t } = useClueI18n();
  const navigate = useNavigate();
  const top = useRef<HTMLDivElement>(null);
  const first = mine[0];
  const previous = useRef<string | undefined>(first?.taskId);

  // a new step of the same clue replaced the one just done: bring its form into view
  useEffect(() => {
    const before = previous.current;
    previous.current = first?.taskId;
    if (!first || !before || before === first.taskId) return;
    top.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [first]);

  return (
    <Col span={24}>
      <div ref={top} data-testid="cadre-task-view" className="cadre-task-view">
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {first ? (
            <Card size="small" title={t('cadre.asked')} data-testid="cadre-asked">
              <Typography.Paragraph strong style={{ marginBottom: 8 }} data-testid="cadre-due">
                {first.due
                  ? t('cadre.dueBy', {
                      due: formatDateTime(first.due),
                      step: stepLabel(t, first.taskKey, first.name),
                    })
                  : t('cadre.noDue', { step: stepLabel(t, first.taskKey, first.name) })}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('cadre.problem')} · {clueCategoryLabel(t, clue.category)}
              </Typography.Text>
              <Typography.Paragraph
                ellipsis={{ rows: 3, expandable: true }}
                style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              >
                {clue.description}
              </Typography.Paragraph>
            </Card>
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('cadre.allDone')}
              description={t('cadre.allDoneHint')}
              action={
                <Button size="small" onClick={() => void navigate(paths.inbox.getHref())}>
                  {t('cadre.backToInbox')}
                </Button>
              }
              data-testid="cadre-all-done"
            />
          )}
          <TaskPanels clue={clue} user={user} />
          {first ? (
            <Card size="small" title={t('cadre.evidence')}>
              <ClueAttachments
                clueId={clue.id}
                attachments={clue.attachments ?? []}
                canUpload={!OPEN.includes(clue.status)}
                camera
              />
            </Card>
          ) : null}
          <Card size="small" title={t('clue.section.progress')}>
            <StepBar milestones={clue.milestones} />
          </Card>
        </Space>
      </div>
    </Col>
  );
}
