import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { hasRole, type Role } from '@/lib/enums';
import { useAppI18n } from '../i18n';

/** Sends anonymous visitors to the login page, keeping where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const user = useUser();
  const location = useLocation();
  if (user.isPending) return <PageSpinner />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) {
    return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
  }
  if (user.data.twoFactorSetupRequired) {
    // every other API answers 403 until the second factor is set up
    return <Navigate to={paths.twoFactorSetup.getHref(location.pathname + location.search)} replace />;
  }
  return <>{children}</>;
}

/** Shows a 403 page unless the user has one of the roles. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useAppI18n();
  const user = useUser();
  if (!hasRole(user.data?.roles, ...roles)) return <Result status="403" title={t('error.forbidden')} />;
  return <>{children}</>;
}
