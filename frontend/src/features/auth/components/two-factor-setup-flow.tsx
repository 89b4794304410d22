import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { copyText, saveTextFile } from '@/lib/clipboard';
import { applyFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useAuthI18n } from '../i18n';
import { useEnableTwoFactor } from '../api/enable-two-factor';
import { useSetupTwoFactor } from '../api/setup-two-factor';
import { createTotpCodeSchema } from '../schemas/two-factor-schema';

type Values = { code?: string };

/**
 * Setting up two-factor sign-in: get the QR code and the secret, confirm with the first code, then the
 * 10 recovery codes (shown this once) with copy and download; `onDone` when the user has saved them.
 */
export function TwoFactorSetupFlow({
  onDone,
  onCancel,
  onEnabled,
}: {
  onDone: () => void;
  onCancel?: () => void;
  /** Called as soon as the server has turned it on (the recovery codes are still to be saved). */
  onEnabled?: () => void;
}) {
  const { t } = useAuthI18n();
  const message = useNotify();
  const [form] = Form.useForm<Values>();
  const setup = useSetupTwoFactor();
  const enable = useEnableTwoFactor();
  const [error, setError] = useState<string | null>(null);

  const copy = async (text: string) => {
    if (await copyText(text)) message.success(t('twoFactor.copied'));
    else message.error(t('twoFactor.copyFailed'));
  };

  const start = () => {
    setError(null);
    setup.mutate(undefined, { onError: (e) => setError(e instanceof ApiError ? e.message : t('error.subtitle')) });
  };

  const confirm = () => {
    if (enable.isPending) return;
    setError(null);
    const parsed = createTotpCodeSchema(t).safeParse(form.getFieldValue('code') ?? '');
    if (!parsed.success) {
      form.setFields([{ name: 'code', errors: [parsed.error.issues[0]?.message ?? t('twoFactor.codeRequired')] }]);
      return;
    }
    enable.mutate(parsed.data, {
      onSuccess: () => {
        message.success(t('twoFactor.enabled'));
        onEnabled?.();
      },
      onError: (e) => {
        form.setFieldValue('code', '');
        if (e instanceof ApiError && e.hasFieldErrors) {
          const rest = applyFieldErrors(form, e.fieldErrors, ['code']);
          if (rest.length) setError(rest.join('；'));
        } else setError(e instanceof ApiError ? e.message : t('error.subtitle'));
      },
    });
  };

  const errorAlert = error ? (
    <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />
  ) : null;

  if (enable.data) {
    const codes = enable.data.recoveryCodes;
    const asText = `${t('twoFactor.downloadHeader')}\n\n${codes.join('\n')}\n`;
    return (
      <section aria-labelledby="recovery-title">
        <Typography.Title level={3} id="recovery-title" style={{ fontSize: 18 }}>
          {t('twoFactor.recoveryTitle')}
        </Typography.Title>
        <Alert type="warning" showIcon title={t('twoFactor.recoveryNote')} style={{ marginBottom: 16 }} />
        <ul className="recovery-codes" aria-label={t('twoFactor.recoveryListLabel')} data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <Flex wrap gap={8} style={{ margin: '16px 0' }}>
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(codes.join('\n'))}>
            {t('twoFactor.copyAll')}
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            onClick={() => saveTextFile(t('twoFactor.downloadName'), asText)}
          >
            {t('twoFactor.download')}
          </Button>
        </Flex>
        <Button type="primary" block size="large" onClick={onDone}>
          {t('twoFactor.continue')}
        </Button>
      </section>
    );
  }

  if (!setup.data) {
    return (
      <div>
        <Typography.Paragraph>{t('twoFactor.setupIntro')}</Typography.Paragraph>
        {errorAlert}
        <Flex wrap gap={8}>
          <Button type="primary" size="large" loading={setup.isPending} onClick={start}>
            {t('twoFactor.start')}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('account.cancel')}</Button> : null}
        </Flex>
      </div>
    );
  }

  const { qrImage, secret } = setup.data;
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('twoFactor.scan')}
      </Typography.Title>
      {qrImage.startsWith('data:image/') ? (
        <img className="two-factor-qr" src={qrImage} alt={t('twoFactor.qrAlt')} width={200} height={200} />
      ) : null}
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>{t('twoFactor.manual')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <code className="two-factor-secret" aria-label={t('twoFactor.secret')} data-testid="two-factor-secret">
          {secret}
        </code>
        <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void copy(secret)}>
          {t('twoFactor.copySecret')}
        </Button>
      </Flex>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('twoFactor.confirm')}
      </Typography.Title>
      {errorAlert}
      <Form form={form} component={false} layout="vertical" requiredMark={false}>
        <Form.Item label={t('twoFactor.code')} name="code">
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} size="large" onPressEnter={confirm} />
        </Form.Item>
      </Form>
      <Flex wrap gap={8}>
        <Button type="primary" size="large" loading={enable.isPending} onClick={confirm}>
          {t('twoFactor.enable')}
        </Button>
        {onCancel ? (
          <Button size="large" onClick={onCancel}>
            {t('account.cancel')}
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}
