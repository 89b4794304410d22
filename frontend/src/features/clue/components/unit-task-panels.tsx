import { Button, DatePicker, Flex, Form, Input, Radio } from 'antd';
import { PhraseTextArea } from '@/components/ui/phrase-picker';
import dayjs from 'dayjs';
import type { ZodError } from 'zod';
import { useMemo, type ReactNode } from 'react';
import {
  ACCEPT_DECISIONS,
  createCheckSchema,
  createPlanSchema,
  createReplySchema,
  createReportSchema,
  createVerifySchema,
} from '../schemas/task-schemas';
import { charLimit, CLUE_COMMENT, CLUE_TEXT } from '@/lib/text-limits';
import { VERIFICATION_OUTCOMES, enumOptions } from '@/lib/enums';
import { outcomeLabel } from '../enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useClueI18n } from '../i18n';
import { useCheckTask } from '../api/check-task';
import { usePlanTask } from '../api/plan-task';
import { useReplyTask } from '../api/reply-task';
import { useReportTask } from '../api/report-task';
import { useVerifyTask } from '../api/verify-task';
import type { ClueCurrentTask } from '../types';
import { useNotify } from '@/lib/notify';

type PanelProps = { task: ClueCurrentTask; disabled: boolean };

type ZodLike<T> = {
  safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: ZodError };
};

/** A task form: validates with its schema, sends, shows server field errors on the fields. */
function TaskForm<T>({
  name,
  fields,
  schema,
  send,
  pending,
  disabled,
  children,
  initialValues,
}: {
  name: string;
  fields: string[];
  schema: ZodLike<T>;
  send: (values: T, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  pending: boolean;
  disabled: boolean;
  children: ReactNode;
  initialValues?: Record<string, unknown>;
}) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const onFinish = () => {
    if (pending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), fields);
    send(parsed.data, {
      onSuccess: () => message.success(t('clueTask.done')),
      onError: (e) => handleFormError(form, e, message, fields),
    });
  };
  return (
    <Form
      form={form}
      name={name}
      layout="vertical"
      onFinish={onFinish}
      disabled={disabled}
      initialValues={initialValues}
      onValuesChange={(c) => clearChangedFieldErrors(form, c)}
    >
      {children}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={pending} disabled={disabled || pending}>
          {t('clueTask.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 联合核查: outcome and findings. */
export function VerifyPanel({ task, disabled }: PanelProps) {
  const { t } = useClueI18n();
  const verify = useVerifyTask();
  const schema = useMemo(() => createVerifySchema(t), [t]);
  return (
    <TaskForm
      name={`verify-${task.taskId}`}
      fields={['outcome', 'findings']}
      schema={schema}
      pending={verify.isPending}
      disabled={disabled}
      send={(v, cb) => verify.mutate({ taskId: task.taskId, ...v }, cb)}
    >
      <Form.Item name="outcome" label={t('clueTask.verify.outcome')} required>
        <Radio.Group
          options={enumOptions(VERIFICATION_OUTCOMES, outcomeLabel, t)}
          aria-label={t('clueTask.verify.outcome')}
        />
      </Form.Item>
      <Form.Item name="findings" label={t('clueTask.verify.findings')} required>
        <Input.TextArea rows={4} count={charLimit(CLUE_TEXT)} />
      </Form.Item>
    </TaskForm>
  );
}

/** 制定整改方案: the plan and its deadline. */
export function PlanPanel({ task, disabled }: PanelProps) {
  const { t } = useClueI18n();
  const plan = usePlanTask();
  const schema = useMemo(() => createPlanSchema(t), [t]);
  const today = dayjs().startOf('day');
  return (
    <TaskForm
      name={`plan-${task.taskId}`}
      fields={['plan', 'deadline']}
      schema={schema}
      pending={plan.isPending}
      disabled={disabled}
      send={(v, cb) => plan.mutate({ taskId: task.taskId, ...v }, cb)}
    >
      <Form.Item name="plan" label={t('clueTask.plan.plan')} required>
        <Input.TextArea rows={4} count={charLimit(CLUE_TEXT)} />
      </Form.Item>
      <Form.Item name="deadline" label={t('clueTask.plan.deadline')} required>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(today) || d.isAfter(today.add(1, 'year'))}
          aria-label={t('clueTask.plan.deadline')}
        />
      </Form.Item>
    </TaskForm>
  );
}

/** 报送整改报告. */
export function ReportPanel({ task, disabled }: PanelProps) {
  const { t } = useClueI18n();
  const report = useReportTask();
  const schema = useMemo(() => createReportSchema(t), [t]);
  return (
    <TaskForm
      name={`report-${task.taskId}`}
      fields={['report']}
      schema={schema}
      pending={report.isPending}
      disabled={disabled}
      send={(v, cb) => report.mutate({ taskId: task.taskId, ...v }, cb)}
    >
      <Form.Item name="report" label={t('clueTask.report.report')} required>
        <Input.TextArea rows={4} count={charLimit(CLUE_TEXT)} />
      </Form.Item>
    </TaskForm>
  );
}

/** 减负办验收: accept, or send back with a comment. */
export function CheckPanel({ task, disabled }: PanelProps) {
  const { t } = useClueI18n();
  const check = useCheckTask();
  const schema = useMemo(() => createCheckSchema(t), [t]);
  return (
    <TaskForm
      name={`check-${task.taskId}`}
      fields={['decision', 'comment']}
      schema={schema}
      pending={check.isPending}
      disabled={disabled}
      send={(v, cb) => check.mutate({ taskId: task.taskId, ...v }, cb)}
    >
      <Form.Item name="decision" label={t('clueTask.check.decision')} required>
        <Radio.Group
          options={ACCEPT_DECISIONS.map((d) => ({ value: d, label: t(`clueTask.check.${d}`) }))}
          aria-label={t('clueTask.check.decision')}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('clueTask.check.comment')}>
        <PhraseTextArea rows={3} count={charLimit(CLUE_COMMENT)} />
      </Form.Item>
    </TaskForm>
  );
}

/** 答复反馈: what the reporter reads. */
export function ReplyPanel({ task, disabled }: PanelProps) {
  const { t } = useClueI18n();
  const reply = useReplyTask();
  const schema = useMemo(() => createReplySchema(t), [t]);
  return (
    <TaskForm
      name={`reply-${task.taskId}`}
      fields={['reply']}
      schema={schema}
      pending={reply.isPending}
      disabled={disabled}
      send={(v, cb) => reply.mutate({ taskId: task.taskId, ...v }, cb)}
    >
      <Form.Item name="reply" label={t('clueTask.reply.reply')} required extra={t('clueTask.reply.hint')}>
        <PhraseTextArea rows={5} count={charLimit(CLUE_TEXT)} />
      </Form.Item>
    </TaskForm>
  );
}
