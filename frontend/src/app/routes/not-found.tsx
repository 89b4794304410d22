import { Button } from 'antd';
import { Link } from 'react-router';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';
import { useAppI18n } from '../i18n';

export function NotFoundPage() {
  const { t } = useAppI18n();
  return (
    <StatusPage
      status="warning"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to={paths.home.getHref()}>
          <Button type="primary">{t('nav.home')}</Button>
        </Link>
      }
    />
  );
}
