import { InfoCircleOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { usePortalI18n } from '../i18n';
import { useQueryClue } from '../api/query-clue';
import { useSupplementClue } from '../api/supplement-clue';
import { createLookupSchema, createSupplementSchema } from '../schemas/track-schemas';
import { charLimit, CLUE_TEXT } from '@/lib/text-limits';
import type { ClueCredentials, PublicClueView } from '../types';
import { ClueFileUpload } from './clue-file-upload';
import { ClueView } from './clue-view';
import { PortalNav } from './portal-nav';
import { RateForm } from './rate-form';
import { useNotify } from '@/lib/notify';

/** A clue number as the receipt's QR code carries it (`?clueNo=`); anything else is ignored. */
const CLUE_NO = /^XS-\d{4}-\d{4,}$/;

/**
 * "查询我的线索": clue number + query code (typed, kept in memory only) → status, replies, additions,
 * rating. `?clueNo=` (from the receipt's QR code) fills in the number; the code is always typed.
 */
export function TrackPage() {
  const { t } = usePortalI18n();
  const [params] = useSearchParams();
  const fromLink = params.get('clueNo')?.trim().toUpperCase() ?? '';
  const prefilled = CLUE_NO.test(fromLink) ? fromLink : null;
  const message = useNotify();
  const [lookupForm] = Form.useForm();
  const [supplementForm] = Form.useForm();
  const lookup = useQueryClue();
  const supplement = useSupplementClue();
  const lookupSchema = useMemo(() => createLookupSchema(t), [t]);
  const supplementSchema = useMemo(() => createSupplementSchema(t), [t]);
  const [credentials, setCredentials] = useState<ClueCredentials | null>(null);
  const [view, setView] = useState<PublicClueView | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);

  const onLookup = () => {
    if (lookup.isPending) return;
    setLookupError(null);
    const parsed = lookupSchema.safeParse(lookupForm.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(lookupForm, zodFieldErrors(parsed.error), ['clueNo', 'code']);
    lookup.mutate(parsed.data, {
      onSuccess: (v) => {
        setCredentials(parsed.data);
        setView(v);
        lookup.reset();
        lookupForm.resetFields();
      },
      onError: (e) => setLookupError(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  const onSupplement = () => {
    if (!credentials || supplement.isPending) return;
    const parsed = supplementSchema.safeParse(supplementForm.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(supplementForm, zodFieldErrors(parsed.error), ['content']);
    supplement.mutate(
      { ...credentials, ...parsed.data },
      {
        onSuccess: (v) => {
          message.success(t('track.supplemented'));
          supplementForm.resetFields();
          setView(v);
        },
        onError: (e) => handleFormError(supplementForm, e, message, ['content']),
      },
    );
  };

  const leave = () => {
    setCredentials(null);
    setView(null);
  };

  return (
    <div className="public-page">
      <PortalNav />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('track.title')}
      </Typography.Title>
      {!credentials || !view ? (
        <Card>
          <Typography.Paragraph type="secondary">
            <InfoCircleOutlined aria-hidden /> {t('track.intro')}
          </Typography.Paragraph>
          {prefilled ? (
            <Alert
              type="info"
              showIcon
              title={t('track.prefilled', { clueNo: prefilled })}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          {lookupError ? (
            <Alert type="error" showIcon role="alert" title={lookupError} style={{ marginBottom: 16 }} />
          ) : null}
          <Form
            form={lookupForm}
            name="track"
            layout="vertical"
            initialValues={prefilled ? { clueNo: prefilled } : undefined}
            onFinish={onLookup}
            onValuesChange={(c) => clearChangedFieldErrors(lookupForm, c)}
          >
            <Form.Item name="clueNo" label={t('receipt.clueNo')} required>
              <Input placeholder="XS-2026-0001" autoComplete="off" spellCheck={false} size="large" />
            </Form.Item>
            <Form.Item name="code" label={t('receipt.queryCode')} required>
              <Input.Password autoComplete="off" spellCheck={false} size="large" autoFocus={!!prefilled} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={lookup.isPending}>
              {t('track.submit')}
            </Button>
          </Form>
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Flex justify="flex-end">
            <Button icon={<LogoutOutlined aria-hidden />} onClick={leave}>
              {t('track.leave')}
            </Button>
          </Flex>
          <ClueView view={view} />
          {view.canRate ? <RateForm credentials={credentials} canReopen={view.canReopen} onRated={setView} /> : null}
          {view.canSupplement ? (
            <Card title={t('track.supplementTitle')}>
              <Form
                form={supplementForm}
                name="supplement"
                layout="vertical"
                onFinish={onSupplement}
                onValuesChange={(c) => clearChangedFieldErrors(supplementForm, c)}
              >
                <Form.Item name="content" label={t('track.supplementContent')} required>
                  <Input.TextArea rows={4} count={charLimit(CLUE_TEXT)} />
                </Form.Item>
                <Button htmlType="submit" block loading={supplement.isPending}>
                  {t('track.supplementSubmit')}
                </Button>
              </Form>
              <div style={{ marginTop: 16 }}>
                <ClueFileUpload credentials={credentials} onUploaded={setView} />
              </div>
            </Card>
          ) : null}
        </Space>
      )}
    </div>
  );
}
