import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Empty, Form, Input, Modal, Radio, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { CALLBACK_NOTE, charLimit } from '@/lib/text-limits';
import { useRecordCallback } from '../api/record-callback';
import { useClueI18n } from '../i18n';
import { createCallbackSchema } from '../schemas/callback-schema';
import type { ClueCallback, ClueDetail } from '../types';

const FIELDS = ['reached', 'satisfied', 'note'];

/**
 * 回访 (OFFICE): while the clue awaits the reporter's rating and the reporter left a phone number, the
 * office calls and records the call: not reached (recorded only, as often as needed), or reached with the
 * reporter's verdict, which is the clue's rating (satisfied closes it, not satisfied reopens it). Below, the
 * 回访记录 (the server sends them to the office and verifiers only).
 */
export function ClueCallbacks({ clue }: { clue: ClueDetail }) {
  const { t } = useClueI18n();
  const callbacks = clue.callbacks ?? [];
  const reporter = clue.reporter;
  return (
    <>
      {clue.callbackPossible ? (
        <>
          {reporter ? (
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('clueCallback.contact')}>
                <span data-testid="callback-contact">
                  {[reporter.name, reporter.phone].filter(Boolean).join(' · ') || '—'}
                </span>
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          <Typography.Paragraph type="secondary">{t('clueCallback.hint')}</Typography.Paragraph>
          <RecordCallback clueId={clue.id} />
        </>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: clue.callbackPossible ? 16 : 0 }}>
        {t('clueCallback.list')}
      </Typography.Title>
      {callbacks.length ? (
        <Timeline items={callbacks.map((b) => ({ key: b.id, color: color(b), content: <Entry callback={b} /> }))} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clueCallback.none')} />
      )}
    </>
  );
}

function color(b: ClueCallback) {
  if (!b.reached) return 'gray';
  return b.satisfied ? 'green' : 'red';
}

function Entry({ callback: b }: { callback: ClueCallback }) {
  const { t } = useClueI18n();
  return (
    <>
      <Tag color={!b.reached ? 'default' : b.satisfied ? 'green' : 'red'}>
        {!b.reached
          ? t('clueCallback.notReached')
          : b.satisfied
            ? t('clueCallback.reachedSatisfied')
            : t('clueCallback.reachedUnsatisfied')}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('clueCallback.by', { name: b.calledByName || b.calledBy, at: formatDateTime(b.calledAt) })}
      </Typography.Text>
      {b.note ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{b.note}</Typography.Paragraph>
      ) : null}
    </>
  );
}

/**
 * The button and its dialog. An error keeps the dialog and what was typed: field errors under their
 * fields, any other refusal (e.g. already rated, 409) as an alert in the dialog.
 */
function RecordCallback({ clueId }: { clueId: number }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const record = useRecordCallback();
  const schema = useMemo(() => createCallbackSchema(t), [t]);
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reached = Form.useWatch('reached', form) as boolean | undefined;

  const onConfirm = () => {
    if (record.isPending) return;
    setRefusal(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    record.mutate(
      { clueId, ...parsed.data },
      {
        onSuccess: (detail) => {
          setOpen(false);
          form.resetFields();
          message.success(
            detail.status === 'CLOSED'
              ? t('clueCallback.doneClosed')
              : detail.status === 'RECTIFYING'
                ? t('clueCallback.doneReopened')
                : t('clueCallback.done'),
          );
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
      <Button
        type="primary"
        icon={<PhoneOutlined aria-hidden />}
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        {t('clueCallback.button')}
      </Button>
      <Modal
        open={open}
        title={t('clueCallback.title')}
        onCancel={() => setOpen(false)}
        onOk={onConfirm}
        okText={t('clueCallback.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={record.isPending}
        maskClosable={false}
        forceRender
      >
        {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          name={`callback-${clueId}`}
          layout="vertical"
          onFinish={onConfirm}
          onValuesChange={(c) => clearChangedFieldErrors(form, c, 'reached' in c ? ['satisfied', 'note'] : [])}
        >
          <Form.Item name="reached" label={t('clueCallback.reached')} required>
            <Radio.Group
              aria-label={t('clueCallback.reached')}
              options={[
                { value: true, label: t('clueCallback.reachedYes') },
                { value: false, label: t('clueCallback.reachedNo') },
              ]}
            />
          </Form.Item>
          {reached ? (
            <>
              <Form.Item name="satisfied" label={t('clueCallback.satisfied')} required>
                <Radio.Group
                  aria-label={t('clueCallback.satisfied')}
                  options={[
                    { value: true, label: t('clueCallback.satisfiedYes') },
                    { value: false, label: t('clueCallback.satisfiedNo') },
                  ]}
                />
              </Form.Item>
              <Alert type="info" showIcon title={t('clueCallback.ratingHint')} style={{ marginBottom: 16 }} />
            </>
          ) : null}
          <Form.Item name="note" label={t('clueCallback.note')}>
            <Input.TextArea rows={4} count={charLimit(CALLBACK_NOTE)} placeholder={t('clueCallback.notePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
