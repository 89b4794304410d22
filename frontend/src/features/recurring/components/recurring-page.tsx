import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Segmented,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { hasRole, isOneOf, TOPIC_MANAGER_ROLES } from '@/lib/enums';
import { useUrlParams } from '@/lib/url-params';
import { useRecurringProblems } from '../api/get-recurring-problems';
import { useRecurI18n } from '../i18n';
import { GROUP_BYS, type GroupBy, type RecurringProblem } from '../types';
import { clueListHref, periodOf } from '../utils/drill';
import { groupByLabel, problemLabel } from '../utils/labels';
import { OpenTopicModal } from './open-topic-modal';
import { TrendCell } from './trend-cell';

/**
 * 未诉先办: the period's clues grouped (by category, unit, township or similar wording), each group
 * compared with the period before and drilling down to its clues; the office opens a special topic on one.
 * Period and grouping are in the URL (the last three months by category unless it says otherwise).
 */
export function RecurringPage() {
  const { t } = useRecurI18n();
  const { data: user } = useUser();
  const { params, update } = useUrlParams();
  const [opening, setOpening] = useState<RecurringProblem | null>(null);
  const rawGroupBy = params.get('groupBy');
  const groupBy: GroupBy = isOneOf(GROUP_BYS, rawGroupBy) ? rawGroupBy : 'CATEGORY';
  const period = periodOf(params.get('from'), params.get('to'));
  const query = useRecurringProblems({ groupBy, ...period });
  const manager = hasRole(user?.roles, ...TOPIC_MANAGER_ROLES);

  const columns: TableColumnsType<RecurringProblem> = [
    {
      title: groupByLabel(t, groupBy),
      key: 'label',
      width: groupBy === 'TEXT' ? 260 : 180,
      render: (_v, p) => <Typography.Text>{problemLabel(t, p)}</Typography.Text>,
    },
    {
      title: t('recur.col.clues'),
      dataIndex: 'clues',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.clues - b.clues,
      render: (v: number, p) => {
        const href = clueListHref(p, period);
        return href ? (
          <Link to={href} aria-label={t('recur.cluesAria', { label: problemLabel(t, p), count: v })}>
            {v}
          </Link>
        ) : (
          v
        );
      },
    },
    {
      title: t('recur.col.units'),
      dataIndex: 'units',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.units - b.units,
    },
    {
      title: t('recur.col.substantiated'),
      dataIndex: 'substantiated',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.substantiated - b.substantiated,
    },
    {
      title: t('recur.col.previous'),
      key: 'previous',
      width: 140,
      render: (_v, p) => <TrendCell clues={p.clues} previous={p.previousClues} />,
    },
    {
      title: t('recur.col.samples'),
      key: 'samples',
      width: 220,
      render: (_v, p) => (
        <Flex gap={4} wrap>
          {p.clueNos.map((no, i) =>
            p.clueIds[i] === undefined ? (
              <span key={no}>{no}</span>
            ) : (
              <Link key={no} to={paths.clueDetail.getHref(p.clueIds[i])}>
                {no}
              </Link>
            ),
          )}
          {p.clues > p.clueNos.length ? (
            <Typography.Text type="secondary">{t('recur.more', { count: p.clues })}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    ...(manager
      ? [
          {
            title: t('recur.col.actions'),
            key: 'actions',
            width: 130,
            render: (_v: unknown, p: RecurringProblem) => (
              <Button
                size="small"
                onClick={() => setOpening(p)}
                aria-label={t('recur.openAria', { label: problemLabel(t, p) })}
              >
                {t('recur.open')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('recur.title')} />
      <Alert type="info" showIcon title={t('recur.intro')} style={{ marginBottom: 16 }} />
      <Card className="table-card">
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <DatePicker.RangePicker
            aria-label={t('recur.period')}
            allowClear={false}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(range) => {
              const from = range?.[0]?.format('YYYY-MM-DD');
              const to = range?.[1]?.format('YYYY-MM-DD');
              if (from && to) update({ from, to });
            }}
          />
          <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
            <Segmented<GroupBy>
              aria-label={t('recur.groupBy')}
              value={groupBy}
              options={GROUP_BYS.map((g) => ({ value: g, label: groupByLabel(t, g) }))}
              onChange={(g) => update({ groupBy: g === 'CATEGORY' ? null : g })}
            />
          </div>
        </Flex>
        {groupBy === 'TEXT' ? (
          <Alert type="warning" showIcon title={t('recur.textNote')} style={{ marginBottom: 16 }} />
        ) : null}
        {query.isError && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<RecurringProblem>
            rowKey={(p) => `${p.groupBy}:${p.key}`}
            columns={columns}
            dataSource={query.data ?? []}
            loading={query.isPending || query.isFetching}
            locale={{ emptyText: <Empty description={t('recur.empty')} /> }}
            pagination={(query.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: manager ? 1050 : 920 }}
          />
        )}
      </Card>
      <OpenTopicModal problem={opening} onClose={() => setOpening(null)} />
    </>
  );
}
