import {
  AppstoreOutlined,
  ApartmentOutlined,
  AlertOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  ExclamationCircleOutlined,
  LikeOutlined,
  MessageOutlined,
  StarOutlined,
  TrophyOutlined,
  DiffOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FundOutlined,
  FileTextOutlined,
  FireOutlined,
  FlagOutlined,
  InboxOutlined,
  LogoutOutlined,
  MenuOutlined,
  MailOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  SafetyOutlined,
  TagsOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge, Button, Drawer, Dropdown, Flex, Layout, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import {
  CLUE_OVERVIEW_ROLES,
  EVALUATION_MANAGER_ROLES,
  EVALUATION_RATER_ROLES,
  EVALUATION_RESULT_ROLES,
  hasRole,
  OVERVIEW_ROLES,
  RECURRING_ROLES,
  SYNONYM_ROLES,
} from '@/lib/enums';
import { useAppI18n, type AppTranslate } from '../i18n';
import { useNarrowScreen } from './use-narrow-screen';
import { useLogout } from '@/features/auth/api/logout';
import { useInboxCount } from '@/features/inbox/api/get-inbox';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useNotify } from '@/lib/notify';

type MenuItem = Required<MenuProps>['items'][number];

export function selectedMenuKey(pathname: string, search: string): string {
  const scope = new URLSearchParams(search).get('scope');
  if (pathname.startsWith(paths.inbox.path)) return 'inbox';
  if (pathname === paths.applicationNew.path) return 'new';
  if (pathname.startsWith(paths.applications.path)) return scope === 'all' ? 'overview' : 'mine';
  if (pathname.startsWith(paths.admissionItems.path)) return 'items';
  if (pathname === paths.listReviews.path || pathname.startsWith(`${paths.listReviews.path}/`)) return 'listReviews';
  if (pathname === paths.clueNew.path) return 'clueNew';
  if (pathname === paths.clues.path || pathname.startsWith(`${paths.clues.path}/`)) return 'clues';
  if (pathname === paths.burden.path || pathname.startsWith(`${paths.burden.path}/`)) return 'burden';
  if (pathname.startsWith(paths.statistics.path)) return 'statistics';
  if (pathname.startsWith(paths.dashboard.path)) return 'dashboard';
  if (pathname.startsWith(paths.adminUsers.path)) return 'users';
  if (pathname.startsWith(paths.adminOrgs.path)) return 'orgs';
  if (pathname.startsWith(paths.adminSynonyms.path)) return 'synonyms';
  if (pathname.startsWith(paths.adminCalendar.path)) return 'calendar';
  if (pathname.startsWith(paths.warnings.path)) return 'warnings';
  if (pathname.startsWith(paths.adminDeliveries.path)) return 'deliveries';
  if (pathname.startsWith(paths.evaluationRounds.path)) return 'evaluationRounds';
  if (pathname.startsWith(paths.evaluationComments.path)) return 'evaluationComments';
  if (pathname.startsWith(paths.evaluationRate.path)) return 'evaluationRate';
  if (pathname.startsWith(paths.evaluationResults.path)) return 'evaluationResults';
  if (pathname === paths.recurring.path) return 'recurring';
  if (pathname === paths.specialTopics.path || pathname.startsWith(`${paths.specialTopics.path}/`)) {
    return 'specialTopics';
  }
  return '';
}

/** The side menu: what the user's roles may open. */
function menuItems(t: AppTranslate, roles: readonly string[], todo: number | undefined): MenuItem[] {
  const list: MenuItem[] = [
    {
      key: 'inbox',
      icon: <InboxOutlined aria-hidden />,
      label: (
        <Link to={paths.inbox.getHref()} aria-label={todo ? t('nav.inboxCount', { count: todo }) : undefined}>
          <Flex component="span" justify="space-between" align="center" gap={8}>
            <span>{t('nav.inbox')}</span>
            {todo ? <Badge count={todo} overflowCount={99} size="small" data-testid="inbox-count" /> : null}
          </Flex>
        </Link>
      ),
    },
    {
      // every staff user: the server shows the county, a township's or the user's own unit's figures
      key: 'dashboard',
      icon: <FundOutlined aria-hidden />,
      label: <Link to={paths.dashboard.getHref()}>{t('nav.dashboard')}</Link>,
    },
    {
      // every staff user: the server shows the county's warnings or the user's unit's
      key: 'warnings',
      icon: <ExclamationCircleOutlined aria-hidden />,
      label: <Link to={paths.warnings.getHref()}>{t('nav.warnings')}</Link>,
    },
  ];
  if (hasRole(roles, 'APPLICANT')) {
    list.push(
      {
        key: 'mine',
        icon: <FileTextOutlined aria-hidden />,
        label: <Link to={paths.applications.getHref('mine')}>{t('nav.myApplications')}</Link>,
      },
      {
        key: 'new',
        icon: <FileAddOutlined aria-hidden />,
        label: <Link to={paths.applicationNew.getHref()}>{t('nav.newApplication')}</Link>,
      },
    );
  }
  if (hasRole(roles, ...OVERVIEW_ROLES)) {
    list.push({
      key: 'overview',
      icon: <AuditOutlined aria-hidden />,
      label: <Link to={paths.applications.getHref('all')}>{t('nav.overview')}</Link>,
    });
  }
  list.push({
    key: 'items',
    icon: <OrderedListOutlined aria-hidden />,
    label: <Link to={paths.admissionItems.getHref()}>{t('nav.admissionItems')}</Link>,
  });
  list.push({
    // every staff user: the server shows all reviews, a department's own items' or those reaching the unit
    key: 'listReviews',
    icon: <DiffOutlined aria-hidden />,
    label: <Link to={paths.listReviews.getHref()}>{t('nav.listReviews')}</Link>,
  });
  list.push({
    key: 'burden',
    icon: <EnvironmentOutlined aria-hidden />,
    label: <Link to={paths.burden.getHref()}>{t('nav.burden')}</Link>,
  });
  const clueOverview = hasRole(roles, ...CLUE_OVERVIEW_ROLES);
  list.push({
    key: 'clues',
    icon: <AlertOutlined aria-hidden />,
    label: <Link to={paths.clues.getHref()}>{clueOverview ? t('nav.clueWorkbench') : t('nav.unitClues')}</Link>,
  });
  if (hasRole(roles, 'OFFICE')) {
    list.push({
      key: 'clueNew',
      icon: <PhoneOutlined aria-hidden />,
      label: <Link to={paths.clueNew.getHref()}>{t('nav.clueNew')}</Link>,
    });
  }
  if (clueOverview) {
    list.push({
      key: 'statistics',
      icon: <BarChartOutlined aria-hidden />,
      label: <Link to={paths.statistics.getHref()}>{t('nav.statistics')}</Link>,
    });
  }
  if (hasRole(roles, ...RECURRING_ROLES)) {
    list.push({
      key: 'recurring',
      icon: <FireOutlined aria-hidden />,
      label: <Link to={paths.recurring.getHref()}>{t('nav.recurring')}</Link>,
    });
  }
  // every staff user: the server lists all topics to the county, a lead unit its own
  list.push({
    key: 'specialTopics',
    icon: <FlagOutlined aria-hidden />,
    label: <Link to={paths.specialTopics.getHref()}>{t('nav.specialTopics')}</Link>,
  });
  list.push(...evaluationItems(t, roles));
  if (hasRole(roles, ...SYNONYM_ROLES)) {
    list.push({
      key: 'synonyms',
      icon: <TagsOutlined aria-hidden />,
      label: <Link to={paths.adminSynonyms.getHref()}>{t('nav.synonyms')}</Link>,
    });
  }
  if (hasRole(roles, 'ADMIN')) {
    list.push(
      {
        key: 'users',
        icon: <TeamOutlined aria-hidden />,
        label: <Link to={paths.adminUsers.getHref()}>{t('nav.users')}</Link>,
      },
      {
        key: 'orgs',
        icon: <ApartmentOutlined aria-hidden />,
        label: <Link to={paths.adminOrgs.getHref()}>{t('nav.orgs')}</Link>,
      },
      {
        key: 'calendar',
        icon: <CalendarOutlined aria-hidden />,
        label: <Link to={paths.adminCalendar.getHref()}>{t('nav.calendar')}</Link>,
      },
      {
        key: 'deliveries',
        icon: <MailOutlined aria-hidden />,
        label: <Link to={paths.adminDeliveries.getHref()}>{t('nav.deliveries')}</Link>,
      },
      {
        key: 'camunda',
        icon: <DashboardOutlined aria-hidden />,
        // served by the backend, outside this single-page app
        label: (
          <a href={paths.camundaWebapp.getHref()} target="_blank" rel="noopener noreferrer">
            {t('nav.camunda')}
          </a>
        ),
      },
    );
  }
  return list;
}

/** 基层评机关: rating for township and village cadres; rounds, screening and results by role. */
function evaluationItems(t: AppTranslate, roles: readonly string[]): MenuItem[] {
  const items: MenuItem[] = [];
  if (hasRole(roles, ...EVALUATION_RATER_ROLES)) {
    items.push({
      key: 'evaluationRate',
      icon: <LikeOutlined aria-hidden />,
      label: <Link to={paths.evaluationRate.getHref()}>{t('nav.evaluationRate')}</Link>,
    });
  }
  if (hasRole(roles, ...EVALUATION_RESULT_ROLES)) {
    items.push({
      key: 'evaluationResults',
      icon: <TrophyOutlined aria-hidden />,
      label: <Link to={paths.evaluationResults.getHref()}>{t('nav.evaluationResults')}</Link>,
    });
  }
  if (hasRole(roles, ...EVALUATION_MANAGER_ROLES)) {
    items.push(
      {
        key: 'evaluationRounds',
        icon: <StarOutlined aria-hidden />,
        label: <Link to={paths.evaluationRounds.getHref()}>{t('nav.evaluationRounds')}</Link>,
      },
      {
        key: 'evaluationComments',
        icon: <MessageOutlined aria-hidden />,
        label: <Link to={paths.evaluationComments.getHref()}>{t('nav.evaluationComments')}</Link>,
      },
    );
  }
  return items;
}

export function AppLayout() {
  const { t } = useAppI18n();
  const message = useNotify();
  const { data: user } = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const narrow = useNarrowScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  const todo = useInboxCount(!!user);
  const items = menuItems(t, user?.roles ?? [], todo.data);

  const onLogout = () => {
    if (logout.isPending) return;
    logout.mutate(undefined, {
      onSettled: () => {
        message.success(t('logout.success'));
        void navigate(paths.login.getHref(), { replace: true });
      },
    });
  };

  const selected = selectedMenuKey(location.pathname, location.search);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* the first stop for keyboard users: past the header and the menu, straight to the page */}
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Flex align="center" gap={12} style={{ minWidth: 0 }}>
          {narrow ? (
            // in the header's own flow, so it never floats over a page control
            <Button
              type="text"
              className="app-menu-button"
              icon={<MenuOutlined aria-hidden />}
              aria-label={t('nav.menu')}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
            />
          ) : (
            <AppstoreOutlined aria-hidden style={{ fontSize: 20, color: '#fff' }} />
          )}
          <Link to={paths.inbox.getHref()} className="app-title">
            {t('app.name')}
          </Link>
        </Flex>
        <Flex align="center" gap={8} className="app-header-right">
          {user ? <NotificationBell /> : null}
          {user ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'two-factor',
                    icon: <SafetyOutlined aria-hidden />,
                    label: <Link to={paths.accountTwoFactor.getHref()}>{t('nav.twoFactor')}</Link>,
                  },
                  {
                    key: 'notifications',
                    icon: <BellOutlined aria-hidden />,
                    label: <Link to={paths.accountNotifications.getHref()}>{t('nav.notificationSettings')}</Link>,
                  },
                  {
                    key: 'phrases',
                    icon: <MessageOutlined aria-hidden />,
                    label: <Link to={paths.accountPhrases.getHref()}>{t('phrases.manageTitle')}</Link>,
                  },
                ],
              }}
            >
              <Button type="text" className="app-user-button" title={t('nav.userMenu')}>
                <UserOutlined aria-hidden />
                <span className="app-user" data-testid="current-user">
                  <span>{user.displayName}</span>
                  <span className="app-user-org">{t('common.parenthesized', { text: '', note: user.orgName })}</span>
                </span>
              </Button>
            </Dropdown>
          ) : null}
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={onLogout} loading={logout.isPending}>
            {t('nav.logout')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        {narrow ? (
          // phones: the menu slides over the page (never squeezing it) and closes on a choice
          <Drawer
            placement="left"
            size={260}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            title={t('nav.menu')}
            className="app-menu-drawer"
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.menu')}>
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                items={items}
                style={{ borderInlineEnd: 0 }}
                onClick={() => setMenuOpen(false)}
              />
            </nav>
          </Drawer>
        ) : (
          <Layout.Sider width={208} theme="light" className="app-sider">
            <nav aria-label={t('nav.menu')}>
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                items={items}
                style={{ height: '100%', borderInlineEnd: 0 }}
              />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content id="main-content" tabIndex={-1} className="app-content" role="main">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
