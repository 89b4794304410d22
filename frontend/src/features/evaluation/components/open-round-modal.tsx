import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { orgOptions, useOrgs } from '@/lib/orgs';
import { charLimit, EVALUATION_ROUND_NAME } from '@/lib/text-limits';
import { useOpenRound } from '../api/open-round';
import { useEvaluationI18n } from '../i18n';
import { createRoundSchema } from '../schemas/round-schema';
import { DIMENSIONS } from '../types';
import { dimensionLabel } from '../utils/labels';

const FIELDS = ['name', 'period', 'opensAt', 'closesAt', 'dimensions', 'departmentIds'];
/** the server's names for the fields that differ from the form's */
const SERVER_FIELDS: Record<string, string> = { periodFrom: 'period', periodTo: 'period' };

/** 开启评价: name, period, dates, the dimensions (all six by default) and the departments. */
export function OpenRoundModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useEvaluationI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const openRound = useOpenRound();
  const orgs = useOrgs(open);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ dimensions: [...DIMENSIONS] });
    }
  }, [open, form]);

  const onOk = () => {
    if (openRound.isPending) return;
    const parsed = createRoundSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    const v = parsed.data;
    openRound.mutate(
      {
        name: v.name,
        periodFrom: v.period[0].format('YYYY-MM-DD'),
        periodTo: v.period[1].format('YYYY-MM-DD'),
        opensAt: v.opensAt ? v.opensAt.format() : null,
        closesAt: v.closesAt.format(),
        dimensions: v.dimensions,
        departmentIds: v.departmentIds,
      },
      {
        onSuccess: () => {
          message.success(t('eval.rounds.opened'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof Error && 'fieldErrors' in e) {
            const errors = (e as { fieldErrors: Record<string, string> }).fieldErrors;
            for (const [server, mine] of Object.entries(SERVER_FIELDS)) {
              if (errors[server]) errors[mine] = errors[server];
            }
          }
          handleFormError(form, e, message, FIELDS);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('eval.rounds.open')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('eval.form.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={openRound.isPending}
      forceRender
    >
      <Form
        form={form}
        name="open-round"
        layout="vertical"
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="name" label={t('eval.form.name')} required>
          <Input count={charLimit(EVALUATION_ROUND_NAME)} placeholder={t('eval.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="period" label={t('eval.form.period')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="opensAt" label={t('eval.form.opensAt')}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="closesAt" label={t('eval.form.closesAt')} required>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dimensions" label={t('eval.form.dimensions')} required>
          <Checkbox.Group options={DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(t, d) }))} />
        </Form.Item>
        <Form.Item name="departmentIds" label={t('eval.form.departments')} required>
          <Select
            mode="multiple"
            aria-label={t('eval.form.departments')}
            loading={orgs.isPending}
            optionFilterProp="label"
            options={orgOptions(orgs.data, (o) => o.type === 'COUNTY_DEPT')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
