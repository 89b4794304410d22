import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, WARNING_NOTE } from '@/lib/text-limits';
import { useAcknowledgeWarning } from '../api/acknowledge-warning';
import { useWarningsI18n } from '../i18n';
import { createAcknowledgeSchema } from '../schemas/acknowledge-schema';
import type { Warning } from '../types';
import { ruleLabel } from '../utils/warning-text';

const FIELDS = ['note'];

/** 知悉: the person says what has been or will be done; the list refreshes whatever the answer. */
export function AcknowledgeModal({ warning, onClose }: { warning: Warning | null; onClose: () => void }) {
  const { t } = useWarningsI18n();
  const message = useNotify();
  const [form] = Form.useForm<{ note: string }>();
  const acknowledge = useAcknowledgeWarning();
  const open = warning !== null;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onOk = () => {
    if (!warning || acknowledge.isPending) return;
    const parsed = createAcknowledgeSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    acknowledge.mutate(
      { id: warning.id, note: parsed.data.note },
      {
        onSuccess: () => {
          message.success(t('warn.acknowledged'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && (e.status === 409 || e.status === 404)) {
            message.error(e.status === 409 ? t('warn.ackConflict') : e.message);
            onClose();
            return;
          }
          handleFormError(form, e, message, FIELDS);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('warn.ackTitle')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('warn.ackConfirm')}
      cancelText={t('common.cancel')}
      confirmLoading={acknowledge.isPending}
      forceRender
    >
      {warning ? (
        <Typography.Paragraph>
          {t('warn.ackSubject', { rule: ruleLabel(t, warning.rule), name: warning.subjectName })}
        </Typography.Paragraph>
      ) : null}
      <Form
        form={form}
        name="acknowledge"
        layout="vertical"
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="note" label={t('warn.note')} required>
          <Input.TextArea rows={4} count={charLimit(WARNING_NOTE)} placeholder={t('warn.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
