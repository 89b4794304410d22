import { BellOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { CopyCaseButton } from '@/components/ui/copy-case-button';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { ProcessDiagramCard } from '@/components/ui/process-diagram-card';
import { QueryError } from '@/components/ui/query-error';
import { SectionCard } from '@/components/ui/section-card';
import { StepBar } from '@/components/ui/step-bar';
import { ApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { clueCategoryLabel, hasRole, isGrassrootsOrgType } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { stepLabel } from '@/lib/steps';
import { useClueI18n } from '../i18n';
import { clueQueryKey, useClue } from '../api/get-clue';
import { getClueProcessDiagramQueryOptions } from '../api/get-clue-process-diagram';
import { getClueProgressQueryOptions } from '../api/get-clue-progress';
import { useNudgeClue } from '../api/nudge-clue';
import { clueTaskKind } from '../utils/task-kind';
import { CadreTaskView } from './cadre-task-view';
import { ClueAttachments } from './clue-attachments';
import { ClueCallbacks } from './clue-callbacks';
import { ClueDescriptions } from './clue-descriptions';
import { ClueHistory } from './clue-history';
import { ClueExtensions } from './clue-extensions';
import { ClueReturns } from './clue-returns';
import { ClueStatusTag } from './clue-status-tag';
import { ClueSupervisions } from './clue-supervisions';
import { SuperviseClue } from './supervise-clue';
import { TaskPanels } from './task-panels';
import { TypicalPanel } from './typical-panel';
import { UnitsTable } from './units-table';

const FINISHED = ['CLOSED', 'NOT_ACCEPTED', 'MERGED'];

/** The steps units hold, which the office may nudge (催办). */
const UNIT_STEPS = ['Task_Verify', 'Task_Plan', 'Task_Report'];

/** The clue page: what was reported, the units, the open steps the user may act on, files, trail, diagram. */
export function ClueDetailPage() {
  const { t } = useClueI18n();
  const { id = '' } = useParams();
  const { data: user } = useUser();
  const query = useClue(id);
  const nudge = useNudgeClue();
  const message = useNotify();

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const steps = Array.from(new Set(c.currentTasks.map((x) => stepLabel(t, x.taskKey, x.name)))).join(
    t('common.separator'),
  );

  const isOffice = hasRole(user?.roles, 'OFFICE');
  const canSupervise = isOffice && !FINISHED.includes(c.status) && c.units.length > 0;
  const supervisions = c.supervisions ?? [];
  const canNudge = hasRole(user?.roles, 'OFFICE') && c.currentTasks.some((x) => UNIT_STEPS.includes(x.taskKey));
  // village, township and department users of an assigned unit get the task-first view
  const mine = user ? c.currentTasks.filter((x) => clueTaskKind(x, c, user) !== null) : [];
  const cadre =
    !!user &&
    (isGrassrootsOrgType(user.orgType) || user.orgType === 'COUNTY_DEPT') &&
    (mine.length > 0 || c.units.some((u) => u.orgId === user.orgId && u.status !== 'RETURNED'));
  const onNudge = () => {
    if (nudge.isPending) return;
    nudge.mutate(c.id, {
      onSuccess: () => message.success(t('clue.nudged')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  return (
    <>
      <PageHeader
        title={`${c.clueNo} ${clueCategoryLabel(t, c.category)}`}
        extra={
          <>
            {canNudge ? (
              <Button icon={<BellOutlined aria-hidden />} onClick={onNudge} loading={nudge.isPending}>
                {t('clue.nudge')}
              </Button>
            ) : null}
            {hasRole(user?.roles, 'OFFICE') ? (
              <CopyCaseButton chain="clue" id={c.id} caseKey={clueQueryKey(String(c.id))} />
            ) : null}
          </>
        }
        sub={
          <>
            <ClueStatusTag status={c.status} />
            {steps ? t('common.labelled', { label: t('detail.currentStep'), value: steps }) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        {cadre && user ? <CadreTaskView clue={c} user={user} mine={mine} /> : null}
        {!cadre ? (
          <SectionCard title={t('clue.section.progress')}>
            <StepBar milestones={c.milestones} />
          </SectionCard>
        ) : null}
        <Col xs={24} xl={cadre ? 24 : 16}>
          <Row gutter={[16, 16]}>
            <SectionCard title={t('clue.section.clue')}>
              <ClueDescriptions clue={c} />
            </SectionCard>
            {c.units.length ? (
              <SectionCard title={t('clue.section.units')}>
                <UnitsTable units={c.units} clue={c} />
              </SectionCard>
            ) : null}
            {canSupervise || supervisions.length ? (
              <Col span={24}>
                <Card
                  title={t('supervisions.title')}
                  extra={canSupervise ? <SuperviseClue clue={c} /> : null}
                  data-testid="supervisions-card"
                >
                  <ClueSupervisions clueId={c.id} supervisions={supervisions} />
                </Card>
              </Col>
            ) : null}
            {c.returns?.length ? (
              <SectionCard title={t('clueReturns.title')}>
                <ClueReturns returns={c.returns} units={c.units} />
              </SectionCard>
            ) : null}
            {c.extensions?.length ? (
              <SectionCard title={t('clueExtensions.title')}>
                <ClueExtensions extensions={c.extensions} canDecide={hasRole(user?.roles, 'OFFICE')} />
              </SectionCard>
            ) : null}
            <SectionCard title={t('clue.section.messages')}>
              {c.messages.length ? (
                <Timeline
                  items={c.messages.map((m) => ({
                    key: m.id,
                    color: m.kind === 'REPLY' ? 'green' : 'blue',
                    content: (
                      <>
                        <Typography.Text strong>
                          {m.kind === 'REPLY' ? t('clue.message.REPLY') : t('clue.message.SUPPLEMENT')}
                        </Typography.Text>{' '}
                        <Typography.Text type="secondary">{formatDateTime(m.at)}</Typography.Text>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                          {m.content}
                        </Typography.Paragraph>
                      </>
                    ),
                  }))}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clue.noMessages')} />
              )}
            </SectionCard>
          </Row>
        </Col>
        <Col xs={24} xl={cadre ? 24 : 8}>
          <Row gutter={[16, 16]}>
            {user && !cadre ? (
              <Col span={24}>
                <TaskPanels clue={c} user={user} />
              </Col>
            ) : null}
            {c.callbackPossible || c.callbacks?.length ? (
              <SectionCard title={t('clueCallback.title')}>
                <ClueCallbacks clue={c} />
              </SectionCard>
            ) : null}
            {c.status === 'CLOSED' && hasRole(user?.roles, 'OFFICE') ? (
              <Col span={24}>
                <TypicalPanel clue={c} />
              </Col>
            ) : null}
            {!cadre || !mine.length ? (
              <SectionCard title={t('detail.section.attachments')}>
                <ClueAttachments
                  clueId={c.id}
                  attachments={c.attachments ?? []}
                  canUpload={!FINISHED.includes(c.status)}
                />
              </SectionCard>
            ) : null}
            <SectionCard title={t('detail.section.history')}>
              <ClueHistory history={c.history ?? []} />
            </SectionCard>
          </Row>
        </Col>
        <ProcessDiagramCard
          diagramQuery={getClueProcessDiagramQueryOptions()}
          progressQuery={getClueProgressQueryOptions(c.id)}
        />
      </Row>
    </>
  );
}
