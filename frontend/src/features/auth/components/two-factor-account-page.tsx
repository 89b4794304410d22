import { SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/auth';
import { applyFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useAuthI18n } from '../i18n';
import { TWO_FACTOR_STATUS_KEY, useTwoFactorStatus } from '../api/get-two-factor-status';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { createRecoveryCodeSchema } from '../schemas/two-factor-schema';
import { TwoFactorSetupFlow } from './two-factor-setup-flow';

type Values = { code?: string };

/** The user's own two-factor sign-in: status, set it up, turn it off (not for roles that require it). */
export function TwoFactorAccountPage() {
  const { t } = useAuthI18n();
  const message = useNotify();
  const qc = useQueryClient();
  const status = useTwoFactorStatus();
  const disable = useDisableTwoFactor();
  const [form] = Form.useForm<Values>();
  const [settingUp, setSettingUp] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status.isPending) return <PageSpinner />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  const { enabled, required } = status.data;

  const finishSetup = () => {
    setSettingUp(false);
    void qc.invalidateQueries({ queryKey: TWO_FACTOR_STATUS_KEY });
    void qc.invalidateQueries({ queryKey: ME_QUERY_KEY });
  };

  const turnOff = () => {
    if (disable.isPending) return;
    setError(null);
    const parsed = createRecoveryCodeSchema(t).safeParse(form.getFieldValue('code') ?? '');
    if (!parsed.success) {
      form.setFields([{ name: 'code', errors: [t('twoFactor.codeRequired')] }]);
      return;
    }
    disable.mutate(parsed.data, {
      onSuccess: () => {
        form.resetFields();
        message.success(t('account.disabled'));
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

  return (
    <div className="narrow-page">
      <PageHeader title={t('account.title')} />
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('account.status')}>
            <span data-testid="two-factor-status">
              {enabled ? (
                <Tag color="green" icon={<SafetyOutlined aria-hidden />}>
                  {t('account.on')}
                </Tag>
              ) : (
                <Tag>{t('account.off')}</Tag>
              )}
            </span>
          </Descriptions.Item>
        </Descriptions>
        {required ? (
          <Alert type="info" showIcon title={t('account.requiredNote')} style={{ margin: '12px 0' }} />
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('account.optionalNote')}
          </Typography.Paragraph>
        )}
        {!enabled && !settingUp ? (
          <Button type="primary" onClick={() => setSettingUp(true)}>
            {t('account.setUp')}
          </Button>
        ) : null}
        {settingUp ? <TwoFactorSetupFlow onDone={finishSetup} onCancel={() => setSettingUp(false)} /> : null}
        {enabled && !required && !settingUp ? (
          <section aria-labelledby="disable-title" style={{ marginTop: 16 }}>
            <Typography.Title level={3} id="disable-title" style={{ fontSize: 16 }}>
              {t('account.disableTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('account.disableHint')}</Typography.Paragraph>
            {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
            <Form form={form} component={false} layout="vertical" requiredMark={false}>
              <Form.Item label={t('account.codeOrRecovery')} name="code">
                <Input autoComplete="one-time-code" style={{ maxWidth: 280 }} onPressEnter={turnOff} />
              </Form.Item>
            </Form>
            <Button danger loading={disable.isPending} onClick={turnOff}>
              {t('account.disable')}
            </Button>
          </section>
        ) : null}
      </Card>
    </div>
  );
}
