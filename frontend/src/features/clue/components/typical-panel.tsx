import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { TypicalCaseCard } from '@/components/ui/typical-case-card';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useClueI18n } from '../i18n';
import { useFlagTypical } from '../api/flag-typical';
import { usePreviewTypical } from '../api/preview-typical';
import { createTypicalSchema } from '../schemas/task-schemas';
import { charLimit, TYPICAL_SUMMARY } from '@/lib/text-limits';
import type { ClueDetail, TypicalPreview } from '../types';

const FIELDS = ['summary'];

/**
 * 典型问题通报 of a closed clue (OFFICE): write a summary free of the reporter's data, preview it as the
 * public will read it, and publish exactly that text by confirming the preview; or withdraw it.
 */
export function TypicalPanel({ clue }: { clue: ClueDetail }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const preview = usePreviewTypical();
  const flag = useFlagTypical();
  const schema = useMemo(() => createTypicalSchema(t), [t]);
  const [shown, setShown] = useState<TypicalPreview | null>(null);

  const onPreview = () => {
    if (preview.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    preview.mutate(
      { clueId: clue.id, summary: parsed.data.summary },
      { onSuccess: setShown, onError: (e) => handleFormError(form, e, message, FIELDS) },
    );
  };

  const onConfirm = () => {
    if (!shown || flag.isPending) return;
    // the text the server answered in the preview, with its digest: nothing else can be published
    flag.mutate(
      { clueId: clue.id, typical: true, summary: shown.summary, confirmedDigest: shown.digest },
      {
        onSuccess: () => {
          setShown(null);
          form.resetFields();
          message.success(t('clueTypical.published'));
        },
        onError: (e) => {
          setShown(null);
          handleFormError(form, e, message, FIELDS);
        },
      },
    );
  };

  const withdraw = () =>
    flag.mutate(
      { clueId: clue.id, typical: false },
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
          onFinish={onPreview}
          onValuesChange={(c) => clearChangedFieldErrors(form, c)}
        >
          <Form.Item name="summary" label={t('clueTypical.summary')} required extra={t('clueTypical.summaryHint')}>
            <Input.TextArea rows={3} count={charLimit(TYPICAL_SUMMARY)} />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" icon={<EyeOutlined aria-hidden />} loading={preview.isPending}>
              {t('clueTypical.preview')}
            </Button>
          </Flex>
        </Form>
      )}
      <Modal
        open={shown !== null}
        title={t('clueTypical.previewTitle')}
        onCancel={() => setShown(null)}
        onOk={onConfirm}
        okText={t('clueTypical.confirmPublish')}
        cancelText={t('clueTypical.backToEdit')}
        confirmLoading={flag.isPending}
        maskClosable={false}
        destroyOnHidden
      >
        {shown ? (
          <>
            <Typography.Paragraph type="secondary">{t('clueTypical.previewIntro')}</Typography.Paragraph>
            <TypicalCaseCard item={{ ...shown, publishedAt: dayjs().format('YYYY-MM-DD') }} />
          </>
        ) : null}
      </Modal>
    </Card>
  );
}
