import { FlagOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { useIssueSupervision } from '../api/supervise';
import { useClueI18n } from '../i18n';
import { createSuperviseSchema, SUPERVISION_REQUEST_MAX } from '../schemas/supervision-schemas';
import type { ClueDetail } from '../types';

const FIELDS = ['unitId', 'request', 'dueDate'];

/** The units the office may supervise: on the clue, not returned, without an order still waiting for its answer. */
export function supervisableUnits(clue: Pick<ClueDetail, 'units' | 'supervisions'>) {
  const open = new Set((clue.supervisions ?? []).filter((s) => s.answeredAt === null).map((s) => s.unitId));
  return clue.units.filter((u) => u.status !== 'RETURNED' && !open.has(u.id));
}

/**
 * 督办 (OFFICE): a button opening a dialog for the unit, the request and the deadline (the server's
 * suggestion to start with). Field errors under the fields; any other refusal (409) as an alert in the
 * dialog, which keeps what was typed.
 */
export function SuperviseClue({ clue }: { clue: ClueDetail }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const issue = useIssueSupervision();
  const schema = useMemo(() => createSuperviseSchema(t), [t]);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const units = supervisableUnits(clue);
  const today = dayjs().startOf('day');

  const onOpen = () => {
    setRefusal(null);
    form.resetFields();
    form.setFieldsValue({
      unitId: units.length === 1 ? units[0].id : undefined,
      dueDate: clue.supervisionSuggestedDue ? dayjs(clue.supervisionSuggestedDue) : undefined,
    });
    setOpen(true);
  };

  const onConfirm = () => {
    if (issue.isPending) return;
    setRefusal(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    issue.mutate(
      { clueId: clue.id, ...parsed.data },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
          message.success(t('supervise.done'));
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
      <Button icon={<FlagOutlined aria-hidden />} onClick={onOpen} disabled={!units.length}>
        {t('supervise.button')}
      </Button>
      <Modal
        open={open}
        title={t('supervise.title')}
        onCancel={() => setOpen(false)}
        onOk={onConfirm}
        okText={t('supervise.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={issue.isPending}
        maskClosable={false}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('supervise.explain')}</Typography.Paragraph>
        {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          name={`supervise-${clue.id}`}
          layout="vertical"
          onFinish={onConfirm}
          onValuesChange={(c) => clearChangedFieldErrors(form, c)}
        >
          <Form.Item name="unitId" label={t('supervise.unit')} required>
            <Select
              aria-label={t('supervise.unit')}
              placeholder={t('supervise.unitPlaceholder')}
              options={units.map((u) => ({ value: u.id, label: u.orgName }))}
            />
          </Form.Item>
          <Form.Item name="request" label={t('supervise.request')} required>
            <Input.TextArea
              rows={4}
              count={charLimit(SUPERVISION_REQUEST_MAX)}
              placeholder={t('supervise.requestPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('supervise.due')}
            required
            extra={clue.supervisionSuggestedDue ? t('supervise.dueHint') : undefined}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => !d.isAfter(today, 'day')}
              aria-label={t('supervise.due')}
              inputReadOnly
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
