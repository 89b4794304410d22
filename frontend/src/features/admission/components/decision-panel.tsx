import { Alert, Button, Card, Flex, Form, Radio, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import type { CurrentUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import {
  allFieldValues,
  applyFieldErrors,
  clearChangedFieldErrors,
  handleFormError,
  zodFieldErrors,
} from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useAdmissionI18n, type AdmissionKey } from '../i18n';
import { useApproveTask } from '../api/approve-task';
import { useClaimTask } from '../api/claim-task';
import { applicationQueryKey } from '../api/get-application';
import { useReviewTask } from '../api/review-task';
import {
  APPROVE_DECISIONS,
  createApproveSchema,
  createReviewSchema,
  REVIEW_DECISIONS,
} from '../schemas/decision-schema';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';
import type { ApplicationDetail, ApproveDecision, ReviewDecision } from '../types';
import { useNotify } from '@/lib/notify';
import { stepLabel } from '@/lib/steps';
import { DelegationNotice, delegationOf, HandOverButtons } from '@/components/ui/task-hand-over';
import { PhraseTextArea } from '@/components/ui/phrase-picker';

export type DecisionKind = 'review' | 'approve';

/** Which decision (if any) the user may take on the application's open task. */
export function decisionKind(
  application: Pick<ApplicationDetail, 'currentTask'>,
  roles: readonly string[] | undefined,
): DecisionKind | null {
  const task = application.currentTask;
  if (!task) return null;
  if (task.taskKey === 'Task_Review' && hasRole(roles, 'REVIEWER')) return 'review';
  if (task.taskKey === 'Task_Approve' && hasRole(roles, 'APPROVER')) return 'approve';
  return null;
}

const APPROVE_LABELS: Record<ApproveDecision, AdmissionKey> = {
  APPROVE: 'decision.APPROVE',
  REFUSE: 'decision.APPROVE_REFUSE',
  RETURN: 'decision.APPROVE_RETURN',
};
const REVIEW_LABELS: Record<ReviewDecision, AdmissionKey> = {
  PASS: 'decision.PASS',
  RETURN: 'decision.RETURN',
  REFUSE: 'decision.REFUSE',
};

const FIELDS = ['decision', 'comment'];

/** 审核 (Task_Review, REVIEWER) or 审批 (Task_Approve, APPROVER) of the open task, with 签收. */
export function DecisionPanel({ application, user }: { application: ApplicationDetail; user: CurrentUser }) {
  const { t } = useAdmissionI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ decision?: string; comment?: string }>();
  const claim = useClaimTask();
  const review = useReviewTask();
  const approve = useApproveTask();
  const kind = decisionKind(application, user.roles);
  const decision = Form.useWatch('decision', form);
  const reviewSchema = useMemo(() => createReviewSchema(t), [t]);
  const approveSchema = useMemo(() => createApproveSchema(t), [t]);
  const task = application.currentTask;
  if (!kind || !task) return null;

  const busy = review.isPending || approve.isPending;
  const delegation = delegationOf(task, user.username);
  const claimedByOther = !!task.assignee && task.assignee !== user.username && delegation !== 'away';
  const caseKey = applicationQueryKey(application.id);
  const positive = kind === 'review' ? 'PASS' : 'APPROVE';
  const options =
    kind === 'review'
      ? REVIEW_DECISIONS.map((d) => ({ value: d, label: t(REVIEW_LABELS[d]) }))
      : APPROVE_DECISIONS.map((d) => ({ value: d, label: t(APPROVE_LABELS[d]) }));

  const onDone = {
    onSuccess: () => {
      message.success(t('decision.done'));
      void navigate(paths.inbox.getHref());
    },
    onError: (e: unknown) => handleFormError(form, e, message, FIELDS),
  };

  const onFinish = () => {
    if (busy) return;
    const values = allFieldValues(form);
    if (kind === 'review') {
      const parsed = reviewSchema.safeParse(values);
      if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      review.mutate({ taskId: task.taskId, ...parsed.data }, onDone);
    } else {
      const parsed = approveSchema.safeParse(values);
      if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      approve.mutate({ taskId: task.taskId, ...parsed.data }, onDone);
    }
  };

  const onClaim = () => {
    if (claim.isPending) return;
    claim.mutate(
      { taskId: task.taskId, applicationId: application.id },
      {
        onSuccess: () => message.success(t('decision.claimed')),
        onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
      },
    );
  };

  return (
    <Card
      title={kind === 'review' ? t('decision.reviewTitle') : t('decision.approveTitle')}
      className="decision-panel"
      extra={<Typography.Text type="secondary">{stepLabel(t, task.taskKey, task.name)}</Typography.Text>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {task.due ? (
          <Typography.Text type={task.overdue ? 'danger' : 'secondary'}>
            {t('decision.due', { due: formatDateTime(task.due) })}
          </Typography.Text>
        ) : null}
        {delegation ? <DelegationNotice task={task} username={user.username} caseKey={caseKey} /> : null}
        {delegation ? null : claimedByOther ? (
          <Alert
            type="info"
            showIcon
            title={t('decision.claimedBy', { name: task.assigneeName ?? task.assignee ?? '' })}
          />
        ) : !task.assignee ? (
          <Alert
            type="info"
            showIcon
            title={t('decision.unclaimedHint')}
            action={
              <Button size="small" onClick={onClaim} loading={claim.isPending}>
                {t('decision.claim')}
              </Button>
            }
          />
        ) : null}
        {delegation || claimedByOther ? null : <HandOverButtons task={task} caseKey={caseKey} />}
        <Form
          hidden={delegation === 'toMe'}
          form={form}
          name="decision"
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={(changed) => clearChangedFieldErrors(form, changed)}
          disabled={claimedByOther || delegation !== null}
        >
          <Form.Item name="decision" label={t('decision.decision')} required>
            <Radio.Group options={options} aria-label={t('decision.decision')} />
          </Form.Item>
          <Form.Item name="comment" label={t('decision.comment')} required={!!decision && decision !== positive}>
            <PhraseTextArea
              rows={4}
              count={charLimit(DECISION_COMMENT)}
              disabled={claimedByOther || delegation !== null}
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button
              type="primary"
              htmlType="submit"
              loading={busy}
              disabled={busy || claimedByOther || delegation !== null}
            >
              {t('decision.submit')}
            </Button>
          </Flex>
        </Form>
      </Space>
    </Card>
  );
}
