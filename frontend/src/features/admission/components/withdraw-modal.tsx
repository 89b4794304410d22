import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useAdmissionI18n } from '../i18n';
import { useWithdrawApplication } from '../api/withdraw-application';
import { createWithdrawSchema } from '../schemas/decision-schema';
import { charLimit, DECISION_COMMENT } from '@/lib/text-limits';
import { useNotify } from '@/lib/notify';

/** 撤回: asks for a reason. */
export function WithdrawModal({
  applicationId,
  open,
  onClose,
}: {
  applicationId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useAdmissionI18n();
  const message = useNotify();
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawApplication();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onOk = () => {
    if (withdraw.isPending) return;
    const parsed = createWithdrawSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), ['reason']);
      return;
    }
    withdraw.mutate(
      { id: applicationId, reason: parsed.data.reason },
      {
        onSuccess: () => {
          message.success(t('detail.withdrawn'));
          onClose();
        },
        onError: (e) => handleFormError(form, e, message, ['reason']),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('detail.withdrawTitle')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('detail.withdrawConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={withdraw.isPending}
      forceRender
    >
      <Form form={form} name="withdraw" layout="vertical">
        <Form.Item name="reason" label={t('detail.withdrawReason')} required>
          <Input.TextArea rows={3} count={charLimit(DECISION_COMMENT)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
