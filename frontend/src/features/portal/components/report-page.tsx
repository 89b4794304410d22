import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageSpinner } from '@/components/ui/page-spinner';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';
import type { ClueFormPayload, ClueReceipt } from '@/lib/clue-form';
import { randomUuid } from '@/lib/uuid';
import { usePortalI18n } from '../i18n';
import { usePublicOrgs } from '../api/get-public-orgs';
import { useSubmitClue } from '../api/submit-clue';
import { refusalDescription } from '../schemas/report-schema';
import { PortalNav } from './portal-nav';
import { ReportForm, type ReportFormState } from './report-form';

// shown only once a clue was received: its code (query-code receipt) and the upload of evidence load then
const ReportReceipt = lazy(() => import('./report-receipt'));

const EMPTY: ReportFormState = {
  category: '',
  source: 'PORTAL',
  reportedOrgId: '',
  reportedUnitText: '',
  place: '',
  occurredWhen: '',
  description: '',
  anonymous: true,
  reporterName: '',
  reporterPhone: '',
};

/**
 * 线索征集专区: anyone reports a burden problem, anonymously by default. `?task=` (from the public
 * lookup's "not found") makes it a village's refusal of a non-admitted task.
 */
export function ReportPage() {
  const { t } = usePortalI18n();
  const [params] = useSearchParams();
  const refusedTask = params.get('task')?.trim() || null;
  const orgs = usePublicOrgs();
  const submit = useSubmitClue();
  // the receipt lives only here: after "我已保存" it is dropped and the code cannot be shown again
  const [receipt, setReceipt] = useState<ClueReceipt | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  // one key per filled-in form: every retry of it (a lost answer, a second tap) sends the same one
  const [idempotencyKey, setIdempotencyKey] = useState(randomUuid);

  const initial: ReportFormState = {
    ...EMPTY,
    ...(refusedTask
      ? { source: 'VILLAGE_REFUSAL', category: 'UNADMITTED_TASK', description: refusalDescription(t, refusedTask) }
      : {}),
  };

  const onSubmit = (payload: ClueFormPayload) =>
    submit.mutateAsync({ form: payload, idempotencyKey }).then((r) => {
      setReceipt(r);
      setIdempotencyKey(randomUuid());
      submit.reset(); // not even the mutation cache keeps the code
      document.scrollingElement?.scrollTo?.(0, 0);
    });

  if (receipt) {
    return (
      <div className="public-page">
        <PortalNav />
        <Suspense fallback={<PageSpinner />}>
          <ReportReceipt
            receipt={receipt}
            onDone={() => {
              setFinished(receipt.clueNo);
              setReceipt(null);
            }}
          />
        </Suspense>
      </div>
    );
  }

  if (finished) {
    return (
      <div className="public-page">
        <PortalNav />
        <StatusPage
          status="success"
          title={t('report.finishedTitle', { clueNo: finished })}
          subTitle={t('report.finishedSub')}
          extra={[
            <Link key="track" to={paths.publicTrack.getHref()}>
              <Button type="primary">{t('portal.nav.track')}</Button>
            </Link>,
            <Button key="again" onClick={() => setFinished(null)}>
              {t('report.again')}
            </Button>,
          ]}
        />
      </div>
    );
  }

  return (
    <div className="public-page">
      <PortalNav />
      <h1 className="public-title">{refusedTask ? t('report.refusalTitle') : t('report.title')}</h1>
      {refusedTask ? (
        <Alert
          type="warning"
          showIcon
          title={t('report.refusalNote', { task: refusedTask })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <div className="public-card">
        <ReportForm
          key={refusedTask ?? ''}
          initial={initial}
          orgs={orgs.data}
          categoryLocked={!!refusedTask}
          pending={submit.isPending}
          onSubmit={onSubmit}
        />
      </div>
      {/* below the form: on a phone the form and its submit button come first */}
      <p className="public-intro report-intro-after">
        <InfoCircleOutlined aria-hidden /> {t('report.intro')}
      </p>
    </div>
  );
}
