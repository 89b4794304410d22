import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { useDecideExtension } from '../api/extensions';
import { useClueI18n, type ClueKey } from '../i18n';
import { createExtensionDecisionSchema, EXTENSION_TEXT_MAX } from '../schemas/extension-schemas';
import type { ClueExtension, ExtensionStatus } from '../types';
import { lastDay } from '../utils/extension-day';

const FIELDS = ['decision', 'dueDate', 'note'];

const STATUS_COLOR: Record<ExtensionStatus, string> = {
  PENDING: 'orange',
  GRANTED: 'green',
  REFUSED: 'red',
  LAPSED: 'default',
};

const STEP: Record<ClueExtension['step'], ClueKey> = {
  Task_Verify: 'clueTask.verify.title',
  Task_Plan: 'clueTask.plan.title',
  Task_Report: 'clueTask.report.title',
};

/** 延期申请: each request with its reason and answer; the office answers a pending one here. */
export function ClueExtensions({ extensions, canDecide }: { extensions: ClueExtension[]; canDecide: boolean }) {
  const { t } = useClueI18n();
  const [deciding, setDeciding] = useState<ClueExtension | null>(null);
  return (
    <>
      <Timeline
        items={extensions.map((e) => ({
          key: e.id,
          color: e.status === 'PENDING' ? 'orange' : e.status === 'GRANTED' ? 'green' : 'gray',
          content: (
            <div data-testid={`extension-${e.id}`}>
              <Typography.Text strong>{e.orgName}</Typography.Text>{' '}
              <Typography.Text>
                {t('clueExtensions.asked', { step: t(STEP[e.step]), day: lastDay(e.requestedDue) })}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('clueExtensions.by', { name: e.requestedBy, at: formatDateTime(e.requestedAt) })}
                {' · '}
                {t('clueExtensions.dueBefore', { due: formatDateTime(e.dueBefore) })}
              </Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
                {e.reason}
              </Typography.Paragraph>
              <Tag color={STATUS_COLOR[e.status]} style={{ whiteSpace: 'normal' }}>
                {e.status === 'GRANTED' && e.grantedDue
                  ? t('clueExtensions.GRANTED', { day: lastDay(e.grantedDue) })
                  : t(`clueExtensions.${e.status}`)}
              </Tag>
              {e.decidedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('clueExtensions.decided', { name: e.decidedBy ?? '', at: formatDateTime(e.decidedAt) })}
                </Typography.Text>
              ) : null}
              {e.decisionNote ? (
                <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                  {t('clueExtensions.note', { note: e.decisionNote })}
                </Typography.Paragraph>
              ) : null}
              {canDecide && e.status === 'PENDING' ? (
                <div style={{ marginTop: 8 }}>
                  <Button type="primary" size="small" onClick={() => setDeciding(e)}>
                    {t('clueExtensions.decide')}
                  </Button>
                </div>
              ) : null}
            </div>
          ),
        }))}
      />
      {deciding ? <DecideDialog extension={deciding} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}

/** The office's answer: grant (as asked or to an earlier day) or refuse with a reason. */
function DecideDialog({ extension, onClose }: { extension: ClueExtension; onClose: () => void }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const decide = useDecideExtension();
  const schema = useMemo(() => createExtensionDecisionSchema(t), [t]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const decision = Form.useWatch<'GRANT' | 'REFUSE' | undefined>('decision', form);
  const asked = dayjs(lastDay(extension.requestedDue));

  const onConfirm = () => {
    if (decide.isPending) return;
    setRefusal(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    decide.mutate(
      { id: extension.id, ...parsed.data },
      {
        onSuccess: () => {
          onClose();
          message.success(t('clueExtensions.done'));
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
    <Modal
      open
      title={t('clueExtensions.decideTitle', { org: extension.orgName })}
      onCancel={onClose}
      onOk={onConfirm}
      okText={t('clueExtensions.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      maskClosable={false}
    >
      {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        name={`extension-decision-${extension.id}`}
        layout="vertical"
        initialValues={{ decision: 'GRANT', dueDate: asked }}
        onFinish={onConfirm}
        onValuesChange={(c) => clearChangedFieldErrors(form, c)}
      >
        <Form.Item name="decision" label={t('clueExtensions.decision')} required>
          <Radio.Group>
            <Radio value="GRANT">{t('clueExtensions.grant')}</Radio>
            <Radio value="REFUSE">{t('clueExtensions.refuse')}</Radio>
          </Radio.Group>
        </Form.Item>
        {decision !== 'REFUSE' ? (
          <Form.Item name="dueDate" label={t('clueExtensions.grantDay')} extra={t('clueExtensions.grantDayHint')}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(asked)}
              aria-label={t('clueExtensions.grantDay')}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('clueExtensions.noteLabel')} required={decision === 'REFUSE'}>
          <Input.TextArea rows={3} count={charLimit(EXTENSION_TEXT_MAX)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
