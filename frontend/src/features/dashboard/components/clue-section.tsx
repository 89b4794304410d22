import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Statistic, Tooltip } from 'antd';
import { Link, useNavigate } from 'react-router';
import { clueCategoryLabel } from '@/lib/enums';
import { useDashboardI18n } from '../i18n';
import { RATE_KEYS, type ClueDashboard, type Period, type RateKey } from '../types';
import { clueListHref, monthPeriod, percent, TOTAL_BUCKETS } from '../utils/drill';
import { barOption, Chart, type ChartOption } from './chart';
import { ExportButton } from './export-button';
import { UnitsTable } from './units-table';

/**
 * Rates counted per assignment (a clue given to two units counts twice). Across several units their
 * totals have no one clue list behind them: they lead to the units' table, where each unit's
 * figure opens exactly its clues.
 */
const PER_ASSIGNMENT: ReadonlySet<RateKey> = new Set(['response', 'resolution', 'onTime']);

/** 问题线索: KPI cards, counts by category and township, the monthly trend and the units' rates. */
export function ClueSection({ data, period }: { data: ClueDashboard; period: Period }) {
  const { t } = useDashboardI18n();
  const navigate = useNavigate();
  const scope = data.scope;
  const href = (filters: Parameters<typeof clueListHref>[2] = {}) => clueListHref(scope, period, filters);
  const go = (to: string) => void navigate(to);
  const toUnits = (e: React.MouseEvent) => {
    e.preventDefault();
    document.getElementById('clue-units')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const counts: { key: string; title: string; value: number; to: string }[] = [
    { key: 'received', title: t('kpi.received'), value: data.totals.received, to: href() },
    { key: 'accepted', title: t('kpi.accepted'), value: data.totals.accepted, to: href({ bucket: 'ACCEPTED' }) },
    { key: 'closed', title: t('kpi.closed'), value: data.totals.closed, to: href({ bucket: 'CLOSED' }) },
  ];
  const categories = data.byCategory.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);

  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        {counts.map((k) => (
          <Col key={k.key} xs={12} sm={8} lg={3}>
            <Card size="small">
              <Link to={k.to} aria-label={`${k.title} ${k.value}`}>
                <Statistic title={k.title} value={k.value} />
              </Link>
            </Card>
          </Col>
        ))}
        {RATE_KEYS.map((key: RateKey) => {
          const rate = data.totals[key];
          const [part, whole] = TOTAL_BUCKETS[key];
          const byUnit = scope.kind !== 'UNIT' && PER_ASSIGNMENT.has(key);
          const numberLink = (bucket: string, text: React.ReactNode) =>
            byUnit ? (
              <a href="#clue-units" onClick={toUnits}>
                {text}
              </a>
            ) : (
              <Link to={href({ bucket })}>{text}</Link>
            );
          return (
            <Col key={key} xs={12} sm={8} lg={3}>
              <Card size="small">
                <Statistic
                  title={
                    <Tooltip title={t(`rateDef.${key}`)}>
                      <span>
                        {t(`rate.${key}`)} <InfoCircleOutlined aria-label={t(`rateDef.${key}`)} />
                      </span>
                    </Tooltip>
                  }
                  valueRender={() => numberLink(whole, percent(rate))}
                />
                <span className="kpi-denominator">
                  {numberLink(part, rate.part)} / {numberLink(whole, rate.whole)}
                </span>
                {byUnit && <div className="kpi-note">{t('kpi.perAssignment')}</div>}
              </Card>
            </Col>
          );
        })}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('chart.byCategory')}
            extra={<ExportButton table="CLUE_CATEGORIES" period={period} />}
          >
            {categories.length === 0 ? (
              <Empty description={t('dash.empty')} />
            ) : (
              <Chart
                label={t('chart.byCategory')}
                option={barOption(
                  categories.map((c) => clueCategoryLabel(t, c.key) || c.label),
                  categories.map((c) => c.count),
                  t('kpi.received'),
                )}
                onSelect={(i) => go(href({ category: categories[i].key }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('chart.byTownship')}
            extra={<ExportButton table="CLUE_TOWNSHIPS" period={period} />}
          >
            {data.byTownship.length === 0 ? (
              <Empty description={t('dash.empty')} />
            ) : (
              <Chart
                label={t('chart.byTownship')}
                option={barOption(
                  data.byTownship.map((x) => x.name),
                  data.byTownship.map((x) => x.count),
                  t('kpi.received'),
                )}
                onSelect={(i) => go(href({ townshipId: data.byTownship[i].orgId }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('chart.trend')} extra={<ExportButton table="CLUE_MONTHS" period={period} />}>
        {data.byMonth.length === 0 ? (
          <Empty description={t('dash.empty')} />
        ) : (
          <Chart
            label={t('chart.trend')}
            height={320}
            option={trendOption(data, (k) => t(k === 'received' ? 'chart.received' : `rate.${k}`))}
            onSelect={(i) => go(href({ ...monthPeriod(data.byMonth[i].month, period) }))}
          />
        )}
      </Card>
      <Card
        size="small"
        title={t('units.title')}
        extra={<ExportButton table="CLUE_UNITS" period={period} />}
        data-testid="clue-units"
        id="clue-units"
      >
        <UnitsTable data={data} period={period} />
      </Card>
    </Flex>
  );
}

/** Clues received per month (bars, left axis) and the five rates in percent (lines, right axis). */
function trendOption(data: ClueDashboard, name: (key: RateKey | 'received') => string): ChartOption {
  const months = data.byMonth;
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { type: 'bar', name: name('received'), data: months.map((m) => m.received), cursor: 'pointer', barMaxWidth: 28 },
      ...RATE_KEYS.map((key) => ({
        type: 'line' as const,
        name: name(key),
        yAxisIndex: 1,
        connectNulls: false,
        data: months.map((m) => (m[key].value === null ? null : Math.round(m[key].value * 1000) / 10)),
      })),
    ],
  };
}
