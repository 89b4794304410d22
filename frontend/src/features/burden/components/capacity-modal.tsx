import { Button, Form, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useBurdenI18n } from '../i18n';
import { createCapacitySchema, MAX_CAPACITY } from '../schemas/capacity-schema';

type CapacityModalProps = {
  open: boolean;
  title: string;
  label: string;
  help: string;
  /** the value to start from (null: empty) */
  initial: number | null;
  /** offers 改用全县统一值, which saves null (a village's own capacity) */
  clearable?: boolean;
  /** PUTs the value; null clears it */
  onSave: (hoursPerMonth: number | null) => Promise<unknown>;
  onClose: () => void;
  /** the server refused (403): the caller stops offering the change */
  onForbidden: () => void;
};

type Values = { hoursPerMonth: number | null };

/** A small form for one capacity: hours a month, checked before it is sent, the server's refusal on the field. */
export function CapacityModal({
  open,
  title,
  label,
  help,
  initial,
  clearable = false,
  onSave,
  onClose,
  onForbidden,
}: CapacityModalProps) {
  const { t } = useBurdenI18n();
  const message = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'save' | 'clear' | null>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ hoursPerMonth: initial });
    }
  }, [open, initial, form]);

  const send = async (value: number | null, kind: 'save' | 'clear') => {
    if (busy) return;
    setBusy(kind);
    try {
      await onSave(value);
      message.success(kind === 'clear' ? t('burden.capacity.cleared') : t('burden.capacity.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) {
        message.error(e.message || t('burden.capacity.forbidden'));
        onForbidden();
        onClose();
      } else {
        handleFormError(form, e, message, ['hoursPerMonth']);
      }
    } finally {
      setBusy(null);
    }
  };

  const onOk = () => {
    const parsed = createCapacitySchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), ['hoursPerMonth']);
      return;
    }
    void send(parsed.data.hoursPerMonth, 'save');
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      forceRender
      footer={[
        clearable ? (
          <Button key="clear" onClick={() => void send(null, 'clear')} loading={busy === 'clear'} disabled={!!busy}>
            {t('burden.capacity.clear')}
          </Button>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" onClick={onOk} loading={busy === 'save'} disabled={!!busy}>
          {t('burden.capacity.save')}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        name="capacity"
        layout="vertical"
        onFinish={onOk}
        onValuesChange={() => form.setFields([{ name: 'hoursPerMonth', errors: [] }])}
      >
        <Form.Item name="hoursPerMonth" label={label} extra={help} required>
          <InputNumber min={0} max={MAX_CAPACITY} step={1} inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
