import { Card, Col, DatePicker, Flex, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { clueCategoryLabel, clueStatusLabel } from '@/lib/enums';
import { useClueI18n } from '../i18n';
import { useClueStatistics } from '../api/get-clue-statistics';
import type { CountByKey } from '../types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rate 0..1 as a percentage with one decimal; "—" when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** 线索统计: counts by category, unit and status, 办结率, on-time rate, handling days, satisfaction. */
export function StatisticsPage() {
  const { t } = useClueI18n();
  const [params, setParams] = useSearchParams();
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const query = useClueStatistics({ from, to });
  const s = query.data;

  // rows carry the server's Chinese label; the key (the enum value) gives the current language's
  const countColumns = (label: (key: string) => string) => [
    { title: t('stats.col.item'), dataIndex: 'key', render: (key: string, row: CountByKey) => label(key) || row.label },
    { title: t('stats.col.count'), dataIndex: 'count', width: 120, align: 'right' as const },
  ];

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        extra={
          <DatePicker.RangePicker
            aria-label={t('clue.period')}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            allowEmpty={[true, true]}
            onChange={(range) => {
              const next = new URLSearchParams();
              const f = range?.[0]?.format('YYYY-MM-DD');
              const tt = range?.[1]?.format('YYYY-MM-DD');
              if (f) next.set('from', f);
              if (tt) next.set('to', tt);
              setParams(next);
            }}
          />
        }
      />
      {query.isError && !s ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {s?.from || s?.to ? t('stats.period', { from: s?.from ?? '…', to: s?.to ?? '…' }) : t('stats.allTime')}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {[
              { key: 'total', title: t('stats.total'), value: s?.total ?? 0 },
              { key: 'accepted', title: t('stats.accepted'), value: s?.accepted ?? 0 },
              { key: 'closed', title: t('stats.closed'), value: s?.closed ?? 0 },
              { key: 'closureRate', title: t('stats.closureRate'), value: percent(s?.closureRate) },
              { key: 'onTimeRate', title: t('stats.onTimeRate'), value: percent(s?.onTimeRate) },
              {
                key: 'days',
                title: t('stats.averageDays'),
                value:
                  s?.averageHandlingDays === null || s?.averageHandlingDays === undefined
                    ? '—'
                    : s.averageHandlingDays.toFixed(1),
              },
              { key: 'rated', title: t('stats.rated'), value: s?.rated ?? 0 },
              { key: 'satisfaction', title: t('stats.satisfactionRate'), value: percent(s?.satisfactionRate) },
            ].map((x) => (
              <Col key={x.key} xs={12} md={6}>
                <Card loading={query.isPending}>
                  <Statistic title={x.title} value={x.value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card title={t('stats.byCategory')}>
                <Table<CountByKey>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  loading={query.isFetching}
                  columns={countColumns((k) => clueCategoryLabel(t, k))}
                  dataSource={s?.byCategory ?? []}
                />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card title={t('stats.byStatus')}>
                <Table<CountByKey>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  loading={query.isFetching}
                  columns={countColumns((k) => clueStatusLabel(t, k))}
                  dataSource={s?.byStatus ?? []}
                />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card title={t('stats.byUnit')}>
                <Table
                  rowKey="orgId"
                  size="small"
                  pagination={false}
                  loading={query.isFetching}
                  columns={[
                    { title: t('clue.unit.org'), dataIndex: 'orgName' },
                    { title: t('stats.col.assignments'), dataIndex: 'count', width: 120, align: 'right' as const },
                  ]}
                  dataSource={s?.byUnit ?? []}
                />
              </Card>
            </Col>
          </Row>
        </Flex>
      )}
    </>
  );
}
