import { Alert, Button, Card, Flex, Form, Input, Radio } from 'antd';
import { useMemo, useState } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';
import { useApproveProposal } from '../api/approve-proposal';
import { useReviewProposal } from '../api/review-proposal';
import { useListReviewI18n } from '../i18n';
import { createDecisionSchema } from '../schemas/decision-schema';
import { REVIEW_DECISIONS, type ReviewDetail } from '../types';
import { serverErrorMessage } from '../utils/server-error';

const FIELDS = ['decision', 'comment'];

type Values = { decision?: string; comment?: string };

/**
 * 审核复评意见 (Task_ReviewProposal, REVIEWER) or 审批复评意见 (Task_ApproveProposal, APPROVER): pass,
 * or return with a reason. The server refuses whoever made the proposal (403): its message is shown.
 */
export function DecisionPanel({ detail, kind }: { detail: ReviewDetail; kind: 'review' | 'approve' }) {
  const { t } = useListReviewI18n();
  const message = useNotify();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const review = useReviewProposal();
  const approve = useApproveProposal();
  const schema = useMemo(() => createDecisionSchema(t, kind), [t, kind]);
  const decision = Form.useWatch('decision', form);
  const taskId = detail.taskId;
  if (!taskId) return null;
  const busy = review.isPending || approve.isPending;
  const labelPrefix = kind === 'review' ? 'review.decision' : 'review.approval';

  const onFinish = () => {
    if (busy) return;
    setError(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    const mutation = kind === 'review' ? review : approve;
    mutation.mutate(
      { taskId, reviewId: detail.summary.id, ...parsed.data },
      {
        onSuccess: () => message.success(t('review.decide.done')),
        onError: (e) => setError(serverErrorMessage(form, e, FIELDS, t)),
      },
    );
  };

  return (
    <Card title={kind === 'review' ? t('review.decide.reviewTitle') : t('review.decide.approveTitle')}>
      <Form<Values>
        form={form}
        name="decision"
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed, ['comment'])}
      >
        <Form.Item name="decision" label={t('review.decide.decision')} required>
          <Radio.Group
            aria-label={t('review.decide.decision')}
            options={REVIEW_DECISIONS.map((d) => ({ value: d, label: t(`${labelPrefix}.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('review.decide.comment')} required={decision === 'RETURN'}>
          <Input.TextArea rows={4} count={charLimit(DECISION_COMMENT)} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('review.decide.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
