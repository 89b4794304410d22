import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { charLimit } from '@/lib/text-limits';
import { useStartRound } from '../api/start-round';
import { useListReviewI18n } from '../i18n';
import { createRoundSchema, ROUND_NAME } from '../schemas/round-schema';
import { serverErrorMessage } from '../utils/server-error';

const FIELDS = ['name', 'until'];

type Props = { open: boolean; onClose: () => void; onStarted: (count: number) => void };

/** 开启全县复评批次: every item in force expiring before a date; the page then says how many started. */
export function StartRoundModal({ open, onClose, onStarted }: Props) {
  const { t } = useListReviewI18n();
  const [form] = Form.useForm<{ name?: string; until?: Dayjs | null }>();
  const [error, setError] = useState<string | null>(null);
  const round = useStartRound();

  const onOk = () => {
    if (round.isPending) return;
    setError(null);
    const parsed = createRoundSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    round.mutate(parsed.data, {
      onSuccess: ({ started }) => {
        onStarted(started.length);
        onClose();
      },
      onError: (e) => setError(serverErrorMessage(form, e, FIELDS, t)),
    });
  };

  const today = dayjs().startOf('day');
  return (
    <Modal
      open={open}
      title={t('review.round')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('review.round.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={round.isPending}
      forceRender
      afterClose={() => {
        form.resetFields();
        setError(null);
      }}
    >
      <Form
        form={form}
        name="start-round"
        layout="vertical"
        onValuesChange={(changed: object) => {
          clearChangedFieldErrors(form, changed);
          setError(null);
        }}
      >
        <Form.Item name="name" label={t('review.round.name')} required>
          <Input count={charLimit(ROUND_NAME)} placeholder={t('review.round.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="until" label={t('review.round.until')} extra={t('review.round.help')} required>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(today, 'day')}
            aria-label={t('review.round.until')}
          />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
