import { Card, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useUser } from '@/lib/auth';
import { useAdmissionDashboard } from '../api/get-admission-dashboard';
import { useClueDashboard } from '../api/get-clue-dashboard';
import { useDashboardI18n } from '../i18n';
import type { Period } from '../types';
import { AdmissionSection } from './admission-section';
import { BurdenSection } from './burden-section';
import { ClueSection } from './clue-section';
import { WarningCard } from './warning-card';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 驾驶舱: the supervision dashboard. The period is in the URL; the server decides whose figures the
 * user sees (the county, a township and its villages, or the user's own unit with its rank).
 */
export function DashboardPage() {
  const { t } = useDashboardI18n();
  const { data: user } = useUser();
  const [params, setParams] = useSearchParams();
  const period: Period = {
    from: DATE.test(params.get('from') ?? '') ? params.get('from') : null,
    to: DATE.test(params.get('to') ?? '') ? params.get('to') : null,
  };
  const clues = useClueDashboard(period);
  // admission figures are the departments' business: townships and villages have none
  const grassroots = user?.orgType === 'TOWNSHIP' || user?.orgType === 'VILLAGE';
  const admission = useAdmissionDashboard(period, user !== undefined && !grassroots);
  const scope = clues.data?.scope;

  return (
    <>
      <PageHeader
        title={t('dash.title')}
        sub={
          scope ? (
            <Typography.Text type="secondary">
              {t(`dash.scope.${scope.kind}`, { name: scope.orgName ?? '' })}
            </Typography.Text>
          ) : undefined
        }
        extra={
          <DatePicker.RangePicker
            aria-label={t('dash.period')}
            placeholder={[t('dash.allTime'), t('dash.allTime')]}
            value={[period.from ? dayjs(period.from) : null, period.to ? dayjs(period.to) : null]}
            allowEmpty={[true, true]}
            onChange={(range) => {
              const next = new URLSearchParams();
              const f = range?.[0]?.format('YYYY-MM-DD');
              const to = range?.[1]?.format('YYYY-MM-DD');
              if (f) next.set('from', f);
              if (to) next.set('to', to);
              setParams(next);
            }}
          />
        }
      />
      <Flex vertical gap={24} className="dashboard">
        <WarningCard />
        <section aria-labelledby="dash-clues">
          <Typography.Title level={2} id="dash-clues" className="dashboard-section-title">
            {t('dash.clues')}
          </Typography.Title>
          {clues.isError && !clues.data ? (
            <QueryError error={clues.error} onRetry={() => void clues.refetch()} />
          ) : clues.data ? (
            <ClueSection data={clues.data} period={period} />
          ) : (
            <Card loading />
          )}
        </section>
        {grassroots ? null : (
          <section aria-labelledby="dash-admission">
            <Typography.Title level={2} id="dash-admission" className="dashboard-section-title">
              {t('dash.admission')}
            </Typography.Title>
            {admission.isError && !admission.data ? (
              <QueryError error={admission.error} onRetry={() => void admission.refetch()} />
            ) : admission.data ? (
              <AdmissionSection data={admission.data} period={period} />
            ) : (
              <Card loading />
            )}
          </section>
        )}
        <section aria-labelledby="dash-burden" data-section="burden">
          <Typography.Title level={2} id="dash-burden" className="dashboard-section-title">
            {t('dash.burden')}
          </Typography.Title>
          <BurdenSection />
        </section>
      </Flex>
    </>
  );
}
