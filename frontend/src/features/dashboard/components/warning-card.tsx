import { AlertOutlined } from '@ant-design/icons';
import { Card, Flex, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useWarningSummary } from '../api/get-warning-summary';
import { useDashboardI18n } from '../i18n';

/** 未消除预警 N (the serious ones called out), leading to the warnings page; nothing when it cannot load. */
export function WarningCard() {
  const { t } = useDashboardI18n();
  const summary = useWarningSummary();
  if (!summary.data) return summary.isPending ? <Card size="small" loading /> : null;
  const total = summary.data.reduce((n, r) => n + r.count, 0);
  const serious = summary.data.filter((r) => r.severity === 'SERIOUS').reduce((n, r) => n + r.count, 0);
  return (
    <Card size="small" className="dashboard-warnings">
      <Flex align="center" justify="space-between" wrap gap={12}>
        <Link to={paths.warnings.getHref()} aria-label={t('dash.warningsAria', { count: total, serious })}>
          <Statistic
            title={t('dash.warnings')}
            value={total}
            prefix={<AlertOutlined aria-hidden />}
            styles={total > 0 ? { content: { color: '#ad4e00' } } : undefined}
          />
        </Link>
        <Flex vertical align="end" gap={4}>
          {serious > 0 ? (
            <Typography.Text type="danger" strong data-testid="serious-warnings">
              {t('dash.seriousWarnings', { count: serious })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('dash.noSeriousWarnings')}</Typography.Text>
          )}
          <Link to={paths.warnings.getHref()}>{t('dash.openWarnings')}</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
