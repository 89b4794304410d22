import { FormOutlined, LockOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { PageSpinner } from '@/components/ui/page-spinner';
import { isServerPath, paths, safeRedirect } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useUser, type CurrentUser } from '@/lib/auth';
import { zodFieldErrors, applyFieldErrors } from '@/lib/form-errors';
import { useAuthI18n } from '../i18n';
import { needsSecondFactor, useLogin } from '../api/login';
import { TwoFactorStep } from './two-factor-step';
import { createLoginSchema, type LoginValues } from '../schemas/login-schema';
import { useNotify } from '@/lib/notify';

export function LoginPage() {
  const { t } = useAuthI18n();
  const message = useNotify();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useUser();
  const loginMutation = useLogin();
  const [serverError, setServerError] = useState<string | null>(null);
  const target = safeRedirect(params.get('redirectTo'));
  const [secondStep, setSecondStep] = useState(false);
  const setupRequired = !!user.data?.twoFactorSetupRequired;
  const signedIn = !!user.data && !setupRequired;

  // Camunda's webapps and the engine REST API are not routes of this app: the browser has to load them.
  useEffect(() => {
    if (signedIn && isServerPath(target)) window.location.assign(target);
  }, [signedIn, target]);

  if (user.isPending) return <PageSpinner />;
  if (user.data && setupRequired) return <Navigate to={paths.twoFactorSetup.getHref(target)} replace />;
  if (user.data) return isServerPath(target) ? <PageSpinner /> : <Navigate to={target} replace />;

  const signedInNow = (me: CurrentUser) => {
    message.success(t('login.success'));
    if (me.twoFactorSetupRequired) void navigate(paths.twoFactorSetup.getHref(target), { replace: true });
    else if (!isServerPath(target)) void navigate(target, { replace: true });
  };

  const onFinish = () => {
    if (loginMutation.isPending) return;
    setServerError(null);
    const parsed = createLoginSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), ['username', 'password']);
      return;
    }
    loginMutation.mutate(parsed.data, {
      onSuccess: (result) => {
        if (needsSecondFactor(result)) {
          form.setFieldValue('password', '');
          setSecondStep(true);
        } else signedInNow(result);
      },
      onError: (e) => {
        form.setFieldValue('password', '');
        if (e instanceof ApiError && e.hasFieldErrors) applyFieldErrors(form, e.fieldErrors, ['username', 'password']);
        setServerError(e instanceof ApiError ? e.message : t('error.subtitle'));
      },
    });
  };

  return (
    <div className="login-shell">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Title level={2} type="secondary" style={{ fontSize: 16, textAlign: 'center', marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {serverError && !secondStep ? (
          <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} role="alert" />
        ) : null}
        {secondStep ? <TwoFactorStep onBack={() => setSecondStep(false)} onSignedIn={signedInNow} /> : null}
        <div hidden={secondStep}>
          <Form form={form} name="login" layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
            <Form.Item label={t('login.username')} name="username">
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password">
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={loginMutation.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 13 }}>
          {t('login.note')}
        </Typography.Paragraph>
        <Flex vertical gap={8}>
          <Link to={paths.publicLookup.getHref()}>
            <SearchOutlined aria-hidden /> {t('nav.publicLookup')}
          </Link>
          <Link to={paths.publicReport.getHref()}>
            <FormOutlined aria-hidden /> {t('nav.publicReport')}
          </Link>
        </Flex>
      </Card>
    </div>
  );
}
