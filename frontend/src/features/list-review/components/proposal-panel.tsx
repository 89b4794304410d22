import { Alert, Button, Card, Flex, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, ITEM_CONTENT, ITEM_NAME, PERFORMANCE_STANDARD, PROPOSAL_REASON } from '@/lib/text-limits';
import { useSubmitProposal } from '../api/submit-proposal';
import { useListReviewI18n } from '../i18n';
import { createProposalSchema, type CurrentText, type ProposalFormValues } from '../schemas/proposal-schema';
import { PROPOSALS, type ReviewDetail } from '../types';
import { proposalLabel } from '../utils/review-text';
import { serverErrorMessage } from '../utils/server-error';

const FIELDS = ['proposal', 'reason', 'itemName', 'content', 'performanceStandard', 'hoursPerMonth'];

/** The item's text as the review shows it: what a change starts from. */
export function currentText(detail: ReviewDetail): CurrentText {
  return {
    itemName: detail.summary.itemName,
    content: detail.content,
    performanceStandard: detail.performanceStandard,
    hoursPerMonth: detail.workloadHoursPerMonth,
  };
}

/**
 * 提出复评意见 (Task_Propose, the lead department): keep, change or withdraw with a reason. A change
 * shows the current text to edit and sends only what was edited.
 */
export function ProposalPanel({ detail }: { detail: ReviewDetail }) {
  const { t } = useListReviewI18n();
  const message = useNotify();
  const [form] = Form.useForm<ProposalFormValues>();
  const [error, setError] = useState<string | null>(null);
  const submit = useSubmitProposal();
  const current = useMemo(() => currentText(detail), [detail]);
  const schema = useMemo(() => createProposalSchema(current, t), [current, t]);
  const proposal = Form.useWatch('proposal', form);
  const taskId = detail.taskId;
  if (!taskId) return null;

  const onFinish = () => {
    if (submit.isPending) return;
    setError(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    submit.mutate(
      { taskId, reviewId: detail.summary.id, body: parsed.data },
      {
        onSuccess: () => message.success(t('review.propose.done')),
        onError: (e) => setError(serverErrorMessage(form, e, FIELDS, t)),
      },
    );
  };

  return (
    <Card title={t('review.propose.title')}>
      <Typography.Paragraph>{t('review.propose.intro')}</Typography.Paragraph>
      <Form<ProposalFormValues>
        form={form}
        name="proposal"
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed, ['content'])}
        initialValues={{ ...current, reason: '' }}
      >
        <Form.Item name="proposal" label={t('review.propose.proposal')} required>
          <Radio.Group
            aria-label={t('review.propose.proposal')}
            options={PROPOSALS.map((p) => ({ value: p, label: proposalLabel(t, p) }))}
          />
        </Form.Item>
        {proposal === 'CHANGE' ? (
          <>
            <Alert type="info" showIcon title={t('review.propose.changeHint')} style={{ marginBottom: 16 }} />
            <Form.Item name="itemName" label={t('review.item.name')}>
              <Input count={charLimit(ITEM_NAME)} />
            </Form.Item>
            <Form.Item name="content" label={t('review.item.content')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} count={charLimit(ITEM_CONTENT)} />
            </Form.Item>
            <Form.Item name="performanceStandard" label={t('review.item.standard')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} count={charLimit(PERFORMANCE_STANDARD)} />
            </Form.Item>
            <Form.Item name="hoursPerMonth" label={t('review.item.hours')}>
              <InputNumber inputMode="decimal" step={1} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="reason" label={t('review.propose.reason')} required>
          <Input.TextArea rows={4} count={charLimit(PROPOSAL_REASON)} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('review.propose.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
