import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit, SPECIAL_DAY_NAME } from '@/lib/text-limits';
import { useCreateSpecialDay } from '../api/create-special-day';
import { useUpdateSpecialDay } from '../api/update-special-day';
import { useCalendarI18n } from '../i18n';
import { createSpecialDaySchema } from '../schemas/special-day-schema';
import { SPECIAL_DAY_KINDS, type SpecialDay } from '../types';

const FIELDS = ['date', 'kind', 'name'];

/** Add (day = null) or change one day: its date, day off or make-up workday, and the holiday. */
export function SpecialDayModal({
  open,
  day,
  year,
  onClose,
}: {
  open: boolean;
  day: SpecialDay | null;
  /** The year shown on the page: a new day's date picker opens in it. */
  year: number;
  onClose: () => void;
}) {
  const { t } = useCalendarI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const create = useCreateSpecialDay();
  const update = useUpdateSpecialDay();
  const busy = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      day ? { date: dayjs(day.date), kind: day.kind, name: day.name } : { kind: 'HOLIDAY', name: '' },
    );
  }, [open, day, form]);

  const onOk = () => {
    if (busy) return;
    const parsed = createSpecialDaySchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    const done = {
      onSuccess: () => {
        message.success(t('calendar.saved'));
        onClose();
      },
      onError: (e: unknown) => handleFormError(form, e, message, FIELDS),
    };
    if (day) update.mutate({ id: day.id, body: parsed.data }, done);
    else create.mutate(parsed.data, done);
  };

  return (
    <Modal
      open={open}
      title={day ? t('calendar.editTitle') : t('calendar.new')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('calendar.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
    >
      <Form
        form={form}
        name="special-day"
        layout="vertical"
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed, ['kind'])}
      >
        <Form.Item name="date" label={t('calendar.date')} required>
          <DatePicker style={{ width: '100%' }} defaultPickerValue={dayjs(`${year}-01-01`)} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} required extra={t('calendar.kindHelp')}>
          <Radio.Group
            options={SPECIAL_DAY_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} required>
          <Input count={charLimit(SPECIAL_DAY_NAME)} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
