import { LoginOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { useAppI18n } from '../i18n';

/** Layout of the public pages (no login): narrow, phone-friendly, plain elements (a light first load). */
export function PublicLayout() {
  const { t } = useAppI18n();
  return (
    <div className="public-shell">
      <header className="app-header public-header">
        <Link to={paths.publicLookup.getHref()} className="app-title">
          {t('app.name')}
        </Link>
        <div className="public-header-right">
          <LanguageSwitch />
          <Link to={paths.login.getHref()} className="public-login-link">
            <LoginOutlined aria-hidden /> {t('nav.login')}
          </Link>
        </div>
      </header>
      <main className="public-content">
        <Outlet />
      </main>
    </div>
  );
}
