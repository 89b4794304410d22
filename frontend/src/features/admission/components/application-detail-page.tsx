import { BellOutlined, EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AttachmentList } from '@/components/ui/attachment-list';
import { CopyCaseButton } from '@/components/ui/copy-case-button';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { ProcessDiagramCard } from '@/components/ui/process-diagram-card';
import { QueryError } from '@/components/ui/query-error';
import { SectionCard } from '@/components/ui/section-card';
import { StepBar } from '@/components/ui/step-bar';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { useAdmissionI18n } from '../i18n';
import { applicationQueryKey, useApplication } from '../api/get-application';
import { getProcessDiagramQueryOptions } from '../api/get-process-diagram';
import { getProgressQueryOptions } from '../api/get-progress';
import { useRecallReview } from '../api/co-signing';
import { useNudgeApplication } from '../api/nudge-application';
import { useSubmitApplication } from '../api/submit-application';
import type { ApplicationDetail } from '../types';
import { ApplicationDescriptions } from './application-descriptions';
import { ApprovalFormButton } from './approval-form-button';
import { BurdenProjectionPanel } from './burden-projection-panel';
import { ChangesCard } from './changes-card';
import { CoSignPanel, isMyCoSignStep } from './co-sign-panel';
import { CoSignersCard, mayManageCoSigners } from './co-signers-card';
import { DecisionPanel, decisionKind } from './decision-panel';
import { HistoryTimeline } from './history-timeline';
import { PreCheckPanel } from './precheck-panel';
import { StatusTag } from './status-tag';
import { WithdrawModal } from './withdraw-modal';
import { useNotify } from '@/lib/notify';
import { stepLabel } from '@/lib/steps';

/** The comment of the latest RETURN decision, shown to the applicant of a returned application. */
function lastReturnComment(a: ApplicationDetail): string | null {
  for (let i = (a.history?.length ?? 0) - 1; i >= 0; i--) {
    const h = a.history[i];
    if (h.decision === 'RETURN') return h.comment;
  }
  return null;
}

export function ApplicationDetailPage() {
  const { t } = useAdmissionI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: user } = useUser();
  const query = useApplication(id);
  const submit = useSubmitApplication();
  const nudge = useNudgeApplication();
  const recall = useRecallReview();
  const [withdrawOpen, setWithdrawOpen] = useState(false);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;

  const onSubmit = () => {
    if (submit.isPending) return;
    submit.mutate(a.id, {
      onSuccess: () => message.success(t('detail.submitted')),
      onError: (e) => {
        if (e instanceof ApiError) {
          const details = Object.values(e.fieldErrors);
          message.error(details.length ? `${e.message}：${details.join('；')}` : e.message);
        } else message.error(t('error.subtitle'));
      },
    });
  };

  const onNudge = () => {
    if (nudge.isPending) return;
    nudge.mutate(a.id, {
      onSuccess: () => message.success(t('detail.nudged')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  const onRecall = () => {
    if (recall.isPending) return;
    recall.mutate(a.id, {
      onSuccess: () => message.success(t('detail.recalled')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  // the server decides (the applicant's department, reviewers, approvers, the office; not drafts)
  const mayCopy =
    a.status !== 'DRAFT' &&
    !!user &&
    (user.orgId === a.applicantOrgId || hasRole(user.roles, 'REVIEWER', 'APPROVER', 'OFFICE'));
  const actions = [
    a.canEdit ? (
      <Button
        key="edit"
        icon={<EditOutlined aria-hidden />}
        onClick={() => void navigate(paths.applicationEdit.getHref(a.id))}
      >
        {t('detail.edit')}
      </Button>
    ) : null,
    a.canSubmit ? (
      <Button
        key="submit"
        type="primary"
        icon={<SendOutlined aria-hidden />}
        onClick={onSubmit}
        loading={submit.isPending}
        disabled={submit.isPending}
      >
        {a.status === 'RETURNED' ? t('detail.resubmit') : t('detail.submit')}
      </Button>
    ) : null,
    a.canNudge ? (
      <Button key="nudge" icon={<BellOutlined aria-hidden />} onClick={onNudge} loading={nudge.isPending}>
        {t('detail.nudge')}
      </Button>
    ) : null,
    a.canRecallReview ? (
      <Button key="recall" icon={<RollbackOutlined aria-hidden />} onClick={onRecall} loading={recall.isPending}>
        {t('detail.recallReview')}
      </Button>
    ) : null,
    mayCopy ? (
      <CopyCaseButton key="copy" chain="admission" id={a.id} caseKey={applicationQueryKey(String(a.id))} />
    ) : null,
    a.canWithdraw ? (
      <Button key="withdraw" danger icon={<RollbackOutlined aria-hidden />} onClick={() => setWithdrawOpen(true)}>
        {t('detail.withdraw')}
      </Button>
    ) : null,
    <ApprovalFormButton key="approval-form" applicationId={a.id} />,
  ].filter(Boolean);

  const returnComment = a.status === 'RETURNED' ? lastReturnComment(a) : null;
  const showDecision = user ? decisionKind(a, user.roles) !== null : false;
  // 本次修改: for those who review or approve it, once the department has resubmitted it
  const showChanges =
    hasRole(user?.roles, 'REVIEWER', 'APPROVER') && (a.history ?? []).some((h) => h.action === 'RESUBMITTED');

  return (
    <>
      <PageHeader
        title={a.itemName || t('detail.title')}
        sub={
          <>
            <StatusTag status={a.status} />
            {a.currentTask
              ? t('common.labelled', {
                  label: t('detail.currentStep'),
                  value: stepLabel(t, a.currentTask.taskKey, a.currentTask.name),
                })
              : null}
          </>
        }
        extra={actions.length ? actions : undefined}
      />
      {a.status === 'ADMITTED' && a.listNo ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('status.ADMITTED')} · ${t('common.labelled', { label: t('detail.listNo'), value: a.listNo })}`}
        />
      ) : null}
      {a.status === 'REFUSED' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('status.REFUSED')}
          description={
            a.refusalReason
              ? t('common.labelled', { label: t('detail.refusalReason'), value: a.refusalReason })
              : undefined
          }
        />
      ) : null}
      {returnComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('status.RETURNED')}
          description={returnComment}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <SectionCard title={t('detail.section.progress')}>
          <StepBar milestones={a.milestones} />
        </SectionCard>
        {/* on a phone, whoever has a decision to make sees its form before the application's text */}
        <Col xs={{ span: 24, order: showDecision ? 2 : 1 }} xl={{ span: 16, order: 1 }}>
          <Flex vertical gap={16}>
            {showChanges ? <ChangesCard applicationId={a.id} /> : null}
            <Card title={t('detail.section.application')}>
              <ApplicationDescriptions application={a} />
            </Card>
            <Card title={t('detail.section.burden')} data-testid="burden-panel">
              {a.status === 'ADMITTED' ? (
                // once admitted the item is part of every village's load: the meter shows it there
                <Typography.Text type="secondary">
                  {t('projection.admitted')} <Link to={paths.burden.getHref()}>{t('projection.openMeter')}</Link>
                </Typography.Text>
              ) : (
                <BurdenProjectionPanel applicationId={a.id} />
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: showDecision ? 1 : 2 }} xl={{ span: 8, order: 2 }}>
          <Row gutter={[16, 16]}>
            {showDecision && user ? (
              <Col span={24}>
                <DecisionPanel application={a} user={user} />
              </Col>
            ) : null}
            {user && isMyCoSignStep(a, user) ? (
              <Col span={24}>
                <CoSignPanel application={a} user={user} />
              </Col>
            ) : null}
            {user && (a.coSigners?.length || mayManageCoSigners(a, user)) ? (
              <Col span={24}>
                <CoSignersCard application={a} user={user} />
              </Col>
            ) : null}
            <SectionCard title={t('detail.section.precheck')}>
              <PreCheckPanel preCheck={a.preCheck} />
            </SectionCard>
            <SectionCard title={t('detail.section.attachments')}>
              <AttachmentList attachments={a.attachments ?? []} />
            </SectionCard>
            <SectionCard title={t('detail.section.history')}>
              <HistoryTimeline history={a.history ?? []} />
            </SectionCard>
          </Row>
        </Col>
        <Col xs={{ span: 24, order: 3 }} xl={{ span: 24, order: 3 }}>
          <Row gutter={[16, 16]}>
            <ProcessDiagramCard
              diagramQuery={getProcessDiagramQueryOptions()}
              progressQuery={getProgressQueryOptions(a.id)}
            />
          </Row>
        </Col>
      </Row>
      {a.canWithdraw ? (
        <WithdrawModal applicationId={a.id} open={withdrawOpen} onClose={() => setWithdrawOpen(false)} />
      ) : null}
    </>
  );
}
