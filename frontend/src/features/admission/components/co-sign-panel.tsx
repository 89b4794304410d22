import { Alert, Button, Card, Flex, Form, Input, Radio, Space } from 'antd';
import type { CurrentUser } from '@/lib/auth';
import { handleFormError } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';
import { useAdmissionI18n } from '../i18n';
import { useCoSign } from '../api/co-signing';
import type { ApplicationDetail, CoSignDecision } from '../types';

/** Whether the open task in front of the user is their own co-signing step. */
export function isMyCoSignStep(a: ApplicationDetail, user: CurrentUser): boolean {
  return a.currentTask?.taskKey === 'Task_CoSignReview' && a.currentTask.assignee === user.username;
}

/** 加签人会签: the co-signer agrees, or objects with a reason (the review then starts over). */
export function CoSignPanel({ application: a, user }: { application: ApplicationDetail; user: CurrentUser }) {
  const { t } = useAdmissionI18n();
  const notify = useNotify();
  const [form] = Form.useForm<{ decision?: CoSignDecision; comment?: string }>();
  const coSign = useCoSign();
  const decision = Form.useWatch('decision', form);
  if (!isMyCoSignStep(a, user) || !a.currentTask) return null;
  const taskId = a.currentTask.taskId;

  const onFinish = (values: { decision?: CoSignDecision; comment?: string }) => {
    if (coSign.isPending) return;
    const comment = (values.comment ?? '').trim();
    if (!values.decision) return void form.setFields([{ name: 'decision', errors: [t('coSign.decisionRequired')] }]);
    if (values.decision === 'OBJECT' && !comment)
      return void form.setFields([{ name: 'comment', errors: [t('coSign.commentRequired')] }]);
    coSign.mutate(
      { taskId, decision: values.decision, comment: comment || null },
      {
        onSuccess: () => notify.success(t('coSign.done')),
        onError: (e: unknown) => handleFormError(form, e, notify, ['decision', 'comment']),
      },
    );
  };

  return (
    <Card title={t('coSign.panelTitle')} className="decision-panel" data-testid="co-sign-panel">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('coSign.panelHint')} />
        <Form form={form} name="co-sign" layout="vertical" onFinish={onFinish}>
          <Form.Item name="decision" label={t('coSign.decision')} required>
            <Radio.Group
              aria-label={t('coSign.decision')}
              options={[
                { value: 'AGREE', label: t('coSign.AGREE') },
                { value: 'OBJECT', label: t('coSign.OBJECT') },
              ]}
            />
          </Form.Item>
          <Form.Item name="comment" label={t('coSign.comment')} required={decision === 'OBJECT'}>
            <Input.TextArea rows={3} count={charLimit(DECISION_COMMENT)} />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={coSign.isPending} disabled={coSign.isPending}>
              {t('coSign.submit')}
            </Button>
          </Flex>
        </Form>
      </Space>
    </Card>
  );
}
