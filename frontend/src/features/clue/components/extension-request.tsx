import { FieldTimeOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { useRequestExtension } from '../api/extensions';
import { useClueI18n } from '../i18n';
import { createExtensionSchema, EXTENSION_TEXT_MAX } from '../schemas/extension-schemas';
import type { ClueCurrentTask, ClueExtension } from '../types';
import { lastDay } from '../utils/extension-day';

const FIELDS = ['dueDate', 'reason'];

/**
 * 申请延期 under the unit's own step: while a request waits for the office, says so instead of offering
 * another; otherwise a button opening a dialog for the day and the reason. An error keeps the dialog and
 * what was typed: field errors under the fields, any other refusal (e.g. already past due, 409) in the dialog.
 */
export function ExtensionRequest({
  task,
  extensions,
  disabled,
}: {
  task: ClueCurrentTask;
  extensions: ClueExtension[];
  disabled: boolean;
}) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const request = useRequestExtension();
  const schema = useMemo(() => createExtensionSchema(t), [t]);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const pending = extensions.find((e) => e.taskId === task.taskId && e.status === 'PENDING');

  if (pending) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        title={t('clueExtension.waiting', { day: lastDay(pending.requestedDue) })}
      />
    );
  }
  if (!task.due) return null;
  const due = dayjs(task.due);

  const onConfirm = () => {
    if (request.isPending) return;
    setRefusal(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    request.mutate(
      { taskId: task.taskId, ...parsed.data },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
          message.success(t('clueExtension.requested'));
        },
        onError: (e) => {
          if (!(e instanceof ApiError)) return setRefusal(t('api.actionFailed'));
          const rest = e.hasFieldErrors ? applyFieldErrors(form, e.fieldErrors, FIELDS) : [];
          if (!e.hasFieldErrors || rest.length) setRefusal(rest.length ? rest.join('；') : e.message);
        },
      },
    );
  };

  return (
    <>
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        wrap
        style={{ marginTop: 16, paddingTop: 12, borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}
      >
        <Typography.Text type="secondary" style={{ flex: '1 1 200px' }}>
          {t('clueExtension.hint')}
        </Typography.Text>
        <Button
          icon={<FieldTimeOutlined aria-hidden />}
          disabled={disabled}
          onClick={() => {
            setRefusal(null);
            setOpen(true);
          }}
        >
          {t('clueExtension.button')}
        </Button>
      </Flex>
      <Modal
        open={open}
        title={t('clueExtension.title')}
        onCancel={() => setOpen(false)}
        onOk={onConfirm}
        okText={t('clueExtension.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={request.isPending}
        maskClosable={false}
        forceRender
      >
        <Typography.Paragraph type="secondary">
          {t('clueExtension.explain', { due: formatDateTime(task.due) })}
        </Typography.Paragraph>
        {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          name={`extension-${task.taskId}`}
          layout="vertical"
          onFinish={onConfirm}
          onValuesChange={(c) => clearChangedFieldErrors(form, c)}
        >
          <Form.Item name="dueDate" label={t('clueExtension.day')} required>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(due.startOf('day'))}
              aria-label={t('clueExtension.day')}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('clueExtension.reason')} required>
            <Input.TextArea
              rows={4}
              count={charLimit(EXTENSION_TEXT_MAX)}
              placeholder={t('clueExtension.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
