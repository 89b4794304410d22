import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useAppI18n } from '../i18n';

export function NotFoundPage() {
  const { t } = useAppI18n();
  return (
    <Result
      status="404"
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
