import { RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { useReturnTask } from '../api/return-task';
import { useClueI18n } from '../i18n';
import { createReturnSchema, RETURN_REASON_MAX } from '../schemas/return-schemas';
import type { ClueCurrentTask } from '../types';

const FIELDS = ['reason'];

/**
 * 退单 under the verification form of the unit's own task: a one-line explanation and a button opening
 * a dialog for the reason. An error keeps the dialog and the reason as they were: field errors under the
 * field, any other refusal (e.g. past the time allowed, 409) as an alert in the dialog.
 */
export function ReturnClue({ task, disabled }: { task: ClueCurrentTask; disabled: boolean }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const returnTask = useReturnTask();
  const schema = useMemo(() => createReturnSchema(t), [t]);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const onConfirm = () => {
    if (returnTask.isPending) return;
    setRefusal(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    returnTask.mutate(
      { taskId: task.taskId, reason: parsed.data.reason },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
          message.success(t('clueReturn.done'));
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
          {t('clueReturn.hint')}
        </Typography.Text>
        <Button
          danger
          icon={<RollbackOutlined aria-hidden />}
          disabled={disabled}
          onClick={() => {
            setRefusal(null);
            setOpen(true);
          }}
        >
          {t('clueReturn.button')}
        </Button>
      </Flex>
      <Modal
        open={open}
        title={t('clueReturn.title')}
        onCancel={() => setOpen(false)}
        onOk={onConfirm}
        okText={t('clueReturn.confirm')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={returnTask.isPending}
        maskClosable={false}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('clueReturn.explain')}</Typography.Paragraph>
        {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          name={`return-${task.taskId}`}
          layout="vertical"
          onFinish={onConfirm}
          onValuesChange={(c) => clearChangedFieldErrors(form, c)}
        >
          <Form.Item name="reason" label={t('clueReturn.reason')} required>
            <Input.TextArea
              rows={4}
              count={charLimit(RETURN_REASON_MAX)}
              placeholder={t('clueReturn.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
