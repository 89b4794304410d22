import { Button } from 'antd';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { StatusPage } from './status-page';

/** What a page shows when its data could not be loaded (server message, never a stack trace). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof ApiError ? error.message : t('error.subtitle');
  const resultStatus = status === 403 || status === 404 ? 'warning' : 'error';
  return (
    <StatusPage
      status={resultStatus}
      title={status === 404 ? t('notFound.title') : status === 403 ? t('error.forbidden') : t('common.loadFailed')}
      subTitle={message}
      extra={
        onRetry && status !== 403 && status !== 404 ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined
      }
    />
  );
}
