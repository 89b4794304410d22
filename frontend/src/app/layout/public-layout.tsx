import { LoginOutlined } from '@ant-design/icons';
import { Flex, Layout } from 'antd';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { useAppI18n } from '../i18n';

/** Layout of the public pages (no login): narrow, phone-friendly. */
export function PublicLayout() {
  const { t } = useAppI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header public-header">
        <Link to={paths.publicLookup.getHref()} className="app-title">
          {t('app.name')}
        </Link>
        <Flex align="center" gap={4}>
          <LanguageSwitch />
          <Link to={paths.login.getHref()} className="public-login-link">
            <LoginOutlined aria-hidden /> {t('nav.login')}
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content className="public-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
