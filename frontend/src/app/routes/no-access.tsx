import { HomeOutlined, LoginOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { useAppI18n } from '../i18n';

/**
 * Where the server sends someone who opened an area that is for administrators only (`to=camunda`: the
 * engine's Cockpit). Open to everyone: a signed-in user goes back to the workbench, anyone else to the login.
 */
export function NoAccessPage() {
  const { t } = useAppI18n();
  const [params] = useSearchParams();
  const user = useUser();
  const camunda = params.get('to') === 'camunda';
  const me = user.data;

  let action = null;
  if (me) {
    action = (
      <Link to={paths.home.getHref()}>
        <Button type="primary" icon={<HomeOutlined aria-hidden />}>
          {t('noAccess.backToWorkbench')}
        </Button>
      </Link>
    );
  } else if (!user.isPending) {
    // an administrator who is not signed in yet lands in the Cockpit right after the login
    const target = camunda ? paths.camundaWebapp.getHref() : null;
    action = (
      <Link to={paths.login.getHref(target)}>
        <Button type="primary" icon={<LoginOutlined aria-hidden />}>
          {t('nav.login')}
        </Button>
      </Link>
    );
  }

  return (
    <div className="public-shell">
      <header className="app-header public-header">
        <Link to={paths.home.getHref()} className="app-title">
          {t('app.name')}
        </Link>
        <div className="public-header-right">
          <LanguageSwitch />
        </div>
      </header>
      <main className="public-content">
        <div className="public-page no-access">
          <StatusPage
            status="warning"
            title={camunda ? t('noAccess.camundaTitle') : t('noAccess.title')}
            subTitle={camunda ? t('noAccess.camundaBody') : t('noAccess.body')}
          >
            <p className="no-access-help">{t('noAccess.whatToDo')}</p>
            {action ? <div className="status-page-extra">{action}</div> : null}
            {me ? (
              <p className="public-note">{t('noAccess.signedInAs', { name: me.displayName, org: me.orgName })}</p>
            ) : null}
            {!me && !user.isPending ? <p className="public-note">{t('noAccess.notSignedIn')}</p> : null}
          </StatusPage>
        </div>
      </main>
    </div>
  );
}
