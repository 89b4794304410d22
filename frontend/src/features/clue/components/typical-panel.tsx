import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useMemo } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useClueI18n } from '../i18n';
import { ApiError } from '@/lib/api-client';
import { useFlagTypical } from '../api/flag-typical';
import { createTypicalSchema, TEXT_MAX } from '../schemas/task-schemas';
import type { ClueDetail } from '../types';
import { useNotify } from '@/lib/notify';

/** 典型问题通报 of a closed clue (OFFICE): publish with a summary free of the reporter's data, or withdraw. */
export function TypicalPanel({ clue }: { clue: ClueDetail }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const flag = useFlagTypical();
  const schema = useMemo(() => createTypicalSchema(t), [t]);

  const onFinish = () => {
    if (flag.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), ['summary']);
    flag.mutate(
      { clueId: clue.id, typical: true, summary: parsed.data.summary },
      {
        onSuccess: () => message.success(t('clueTypical.published')),
        onError: (e) => handleFormError(form, e, message, ['summary']),
      },
    );
  };

  const withdraw = () =>
    flag.mutate(
      { clueId: clue.id, typical: false, summary: null },
      {
        onSuccess: () => message.success(t('clueTypical.withdrawn')),
        onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
      },
    );

  return (
    <Card title={t('clueTypical.title')}>
      {clue.typical ? (
        <>
          <Alert type="success" showIcon title={t('clueTypical.isTypical')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{clue.typicalSummary}</Typography.Paragraph>
          <Popconfirm
            title={t('clueTypical.withdrawConfirm')}
            onConfirm={withdraw}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
          >
            <Button danger loading={flag.isPending}>
              {t('clueTypical.withdraw')}
            </Button>
          </Popconfirm>
        </>
      ) : (
        <Form
          form={form}
          name="typical"
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={(c) => clearChangedFieldErrors(form, c)}
        >
          <Form.Item name="summary" label={t('clueTypical.summary')} required extra={t('clueTypical.summaryHint')}>
            <Input.TextArea rows={3} maxLength={TEXT_MAX} showCount />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={flag.isPending}>
              {t('clueTypical.publish')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
