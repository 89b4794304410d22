import { FileSearchOutlined, FormOutlined, NotificationOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { usePortalI18n } from '../i18n';

/** The portal's own navigation (the public header has no room for it on a 360 px phone). */
export function PortalNav() {
  const { t } = usePortalI18n();
  const { pathname } = useLocation();
  const links = [
    {
      href: paths.publicReport.getHref(),
      path: paths.publicReport.path,
      icon: <FormOutlined aria-hidden />,
      label: t('portal.nav.report'),
    },
    {
      href: paths.publicTrack.getHref(),
      path: paths.publicTrack.path,
      icon: <FileSearchOutlined aria-hidden />,
      label: t('portal.nav.track'),
    },
    {
      href: paths.publicTypical.getHref(),
      path: paths.publicTypical.path,
      icon: <NotificationOutlined aria-hidden />,
      label: t('portal.nav.typical'),
    },
    {
      href: paths.publicLookup.getHref(),
      path: paths.publicLookup.path,
      icon: <SearchOutlined aria-hidden />,
      label: t('portal.nav.lookup'),
    },
  ];
  return (
    <nav className="portal-nav" aria-label={t('portal.nav.label')}>
      {links.map((l) => (
        <Link
          key={l.path}
          to={l.href}
          className="portal-nav-link"
          aria-current={pathname === l.path ? 'page' : undefined}
        >
          {l.icon} {l.label}
        </Link>
      ))}
    </nav>
  );
}
