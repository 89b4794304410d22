import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { isServerPath, paths, safeRedirect } from '@/config/paths';
import { ME_QUERY_KEY, useUser, type CurrentUser } from '@/lib/auth';
import { useAuthI18n } from '../i18n';
import { useLogout } from '../api/logout';
import { TWO_FACTOR_STATUS_KEY } from '../api/get-two-factor-status';
import { TwoFactorSetupFlow } from './two-factor-setup-flow';

/**
 * The only page a user whose role requires two-factor sign-in may open until it is set up (every other
 * API call answers 403 until then). Afterwards: on to where the user was going.
 */
export function TwoFactorSetupPage() {
  const { t } = useAuthI18n();
  const user = useUser();
  const qc = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const logout = useLogout();
  const target = safeRedirect(params.get('redirectTo'));
  // once on, a refetch of the user says "not required": stay until the recovery codes are saved
  const [enabled, setEnabled] = useState(false);

  if (user.isPending) return <PageSpinner />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
  if (!user.data.twoFactorSetupRequired && !enabled) return <Navigate to={paths.accountTwoFactor.getHref()} replace />;

  const done = () => {
    qc.setQueryData<CurrentUser | null>(ME_QUERY_KEY, (me) => (me ? { ...me, twoFactorSetupRequired: false } : me));
    void qc.invalidateQueries({ queryKey: ME_QUERY_KEY });
    void qc.invalidateQueries({ queryKey: TWO_FACTOR_STATUS_KEY });
    if (isServerPath(target)) window.location.assign(target);
    else void navigate(target, { replace: true });
  };

  const onLogout = () => {
    logout.mutate(undefined, { onSettled: () => void navigate(paths.login.getHref(), { replace: true }) });
  };

  return (
    <div className="login-shell">
      <Flex className="login-lang" gap={8} align="center">
        <LanguageSwitch />
        <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={onLogout} loading={logout.isPending}>
          {t('twoFactor.logout')}
        </Button>
      </Flex>
      <Card className="login-card two-factor-card">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('twoFactor.setupTitle')}
        </Typography.Title>
        <Alert type="info" showIcon title={t('twoFactor.setupRequiredNote')} style={{ marginBottom: 16 }} />
        <TwoFactorSetupFlow onDone={done} onEnabled={() => setEnabled(true)} />
      </Card>
    </div>
  );
}
