import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import type { CurrentUser } from '@/lib/auth';
import { useAuthI18n } from '../i18n';
import { useLoginTwoFactor } from '../api/login-two-factor';
import { createRecoveryCodeSchema, createTotpCodeSchema } from '../schemas/two-factor-schema';

type Values = { code?: string };

/** The second sign-in step: the app's 6-digit code, or a recovery code instead. */
export function TwoFactorStep({ onBack, onSignedIn }: { onBack: () => void; onSignedIn: (user: CurrentUser) => void }) {
  const { t } = useAuthI18n();
  const [form] = Form.useForm<Values>();
  const [recovery, setRecovery] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const mutation = useLoginTwoFactor();

  const submit = () => {
    if (mutation.isPending) return;
    setServerError(null);
    const schema = recovery ? createRecoveryCodeSchema(t) : createTotpCodeSchema(t);
    const parsed = schema.safeParse(form.getFieldValue('code') ?? '');
    if (!parsed.success) {
      form.setFields([{ name: 'code', errors: [parsed.error.issues[0]?.message ?? t('twoFactor.codeRequired')] }]);
      return;
    }
    mutation.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (e) => {
        form.setFieldValue('code', '');
        setServerError(e instanceof ApiError ? e.message : t('error.subtitle'));
      },
    });
  };

  const toggle = () => {
    setRecovery((r) => !r);
    setServerError(null);
    form.resetFields();
  };

  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        <SafetyOutlined aria-hidden /> {t('twoFactor.stepTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {recovery ? t('twoFactor.recoveryHint') : t('twoFactor.stepHint')}
      </Typography.Paragraph>
      {serverError ? (
        <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      {/* no <form>: Enter submits from the code field only */}
      <Form form={form} component={false} layout="vertical" requiredMark={false}>
        <Form.Item label={recovery ? t('twoFactor.recoveryCode') : t('twoFactor.code')} name="code">
          {recovery ? (
            <Input
              key="recovery"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              size="large"
              onPressEnter={submit}
            />
          ) : (
            <Input
              key="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              autoFocus
              size="large"
              onPressEnter={submit}
            />
          )}
        </Form.Item>
      </Form>
      <Button type="primary" block size="large" loading={mutation.isPending} onClick={submit}>
        {t('twoFactor.verify')}
      </Button>
      <Flex vertical gap={4} style={{ marginTop: 12 }} align="flex-start">
        <Button type="link" style={{ padding: 0 }} onClick={toggle}>
          {recovery ? t('twoFactor.useApp') : t('twoFactor.useRecovery')}
        </Button>
        <Button type="link" style={{ padding: 0 }} onClick={onBack}>
          {t('twoFactor.back')}
        </Button>
      </Flex>
    </div>
  );
}
