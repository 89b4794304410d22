import { Button, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, TOPIC_REPORT } from '@/lib/text-limits';
import { useAcceptTopic } from '../api/accept-topic';
import { useLinkClue } from '../api/link-clue';
import { useReportTopic } from '../api/report-topic';
import { useRecurI18n } from '../i18n';
import {
  ACCEPT_DECISIONS,
  createAcceptanceSchema,
  createLinkSchema,
  createReportSchema,
} from '../schemas/task-schemas';

/** 报告整治情况: the lead unit says what it has done (required). */
export function ReportPanel({ taskId }: { taskId: string }) {
  const { t } = useRecurI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const report = useReportTopic();
  const fields = ['text'];
  const onFinish = () => {
    if (report.isPending) return;
    const parsed = createReportSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), fields);
    report.mutate(
      { taskId, text: parsed.data.text },
      {
        onSuccess: () => {
          message.success(t('recur.task.reported'));
          form.resetFields();
        },
        onError: (e) => handleFormError(form, e, message, fields),
      },
    );
  };
  return (
    <Form
      form={form}
      name="topic-report"
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(c: object) => clearChangedFieldErrors(form, c)}
    >
      <Form.Item name="text" label={t('recur.task.reportText')} required>
        <Input.TextArea rows={5} count={charLimit(TOPIC_REPORT)} placeholder={t('recur.task.reportPlaceholder')} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={report.isPending}>
          {t('recur.task.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 验收: the office passes the topic (a comment may be added) or sends it back with its reasons. */
export function AcceptancePanel({ taskId }: { taskId: string }) {
  const { t } = useRecurI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const accept = useAcceptTopic();
  const decision = Form.useWatch<string | undefined>('decision', form);
  const sendBack = decision === 'SEND_BACK';
  const fields = ['decision', 'text'];
  const onFinish = () => {
    if (accept.isPending) return;
    const parsed = createAcceptanceSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), fields);
    const { accept: passed, text } = parsed.data;
    accept.mutate(
      { taskId, accept: passed, text },
      {
        onSuccess: () => {
          message.success(passed ? t('recur.task.accepted') : t('recur.task.sentBack'));
          form.resetFields();
        },
        onError: (e) => {
          // the server names the decision `accept`
          if (e instanceof ApiError && e.fieldErrors.accept) e.fieldErrors.decision = e.fieldErrors.accept;
          handleFormError(form, e, message, fields);
        },
      },
    );
  };
  return (
    <Form
      form={form}
      name="topic-acceptance"
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(c: object) => clearChangedFieldErrors(form, c)}
    >
      <Form.Item name="decision" label={t('recur.task.decision')} required>
        <Radio.Group
          aria-label={t('recur.task.decision')}
          options={ACCEPT_DECISIONS.map((d) => ({
            value: d,
            label: d === 'PASS' ? t('recur.task.pass') : t('recur.task.sendBack'),
          }))}
        />
      </Form.Item>
      <Form.Item name="text" label={sendBack ? t('recur.task.reason') : t('recur.task.comment')} required={sendBack}>
        <Input.TextArea rows={4} count={charLimit(TOPIC_REPORT)} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={accept.isPending}>
          {t('recur.task.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 纳入线索: one more clue by its id; a clue linked already is answered 409, its message shown on the field. */
export function LinkCluePanel({ topicId }: { topicId: number }) {
  const { t } = useRecurI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const link = useLinkClue();
  const fields = ['clueId'];
  const onFinish = () => {
    if (link.isPending) return;
    const parsed = createLinkSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), fields);
    link.mutate(
      { topicId, clueId: parsed.data.clueId },
      {
        onSuccess: () => {
          message.success(t('recur.link.done'));
          form.resetFields();
        },
        onError: (e) => {
          if (e instanceof ApiError && (e.status === 409 || (e.status === 400 && !e.hasFieldErrors))) {
            form.setFields([{ name: 'clueId', errors: [e.message] }]);
            return;
          }
          handleFormError(form, e, message, fields);
        },
      },
    );
  };
  return (
    <Form
      form={form}
      name="topic-link-clue"
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(c: object) => clearChangedFieldErrors(form, c)}
    >
      <Form.Item name="clueId" label={t('recur.link.clueId')} extra={t('recur.link.hint')} required>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} aria-label={t('recur.link.clueId')} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" loading={link.isPending}>
          {t('recur.link.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
