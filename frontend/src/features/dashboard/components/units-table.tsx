import { InfoCircleOutlined } from '@ant-design/icons';
import { Table, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useDashboardI18n } from '../i18n';
import { RATE_KEYS, type ClueDashboard, type Period, type RateKey, type UnitRow } from '../types';
import { clueListHref, RATE_BUCKETS } from '../utils/drill';
import { RateCell } from './rate-cell';

/** Sorts rows by a rate, highest first; rows without a value last. */
function byRate(key: RateKey) {
  return (a: UnitRow, b: UnitRow) => (a[key].value ?? -1) - (b[key].value ?? -1);
}

/**
 * The units with their three rates (响应率, 解决率, 满意率), 办结率 and 按期率, each with its
 * numerator and denominator linked to the clue list and the unit's rank among its kind.
 */
export function UnitsTable({ data, period }: { data: ClueDashboard; period: Period }) {
  const { t } = useDashboardI18n();
  const href = (unitOrgId: number, bucket: string) => clueListHref(data.scope, period, { unitOrgId, bucket });
  const columns: TableColumnsType<UnitRow> = [
    { title: t('units.col.name'), dataIndex: 'name', fixed: 'left', width: 150 },
    {
      title: t('units.col.assigned'),
      dataIndex: 'assigned',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.assigned - b.assigned,
      render: (v: number, r) => <Link to={href(r.orgId, 'ASSIGNED')}>{v}</Link>,
    },
    {
      title: t('units.col.closed'),
      dataIndex: 'closed',
      width: 80,
      align: 'right',
      render: (v: number, r) => <Link to={href(r.orgId, 'CLOSED')}>{v}</Link>,
    },
    ...RATE_KEYS.map((key): TableColumnsType<UnitRow>[number] => ({
      key,
      title: (
        <Tooltip title={t(`rateDef.${key}`)}>
          <span>
            {t(`rate.${key}`)} <InfoCircleOutlined aria-label={t(`rateDef.${key}`)} />
          </span>
        </Tooltip>
      ),
      width: 130,
      sorter: byRate(key),
      defaultSortOrder: key === 'closure' ? 'descend' : undefined,
      render: (_: unknown, r: UnitRow) => (
        <RateCell
          testId={`rate-${key}`}
          rate={r[key]}
          partHref={href(r.orgId, RATE_BUCKETS[key][0])}
          wholeHref={href(r.orgId, RATE_BUCKETS[key][1])}
          rank={r.ranks[key] === null ? undefined : t('units.rank', { rank: r.ranks[key], of: r.ranks.of })}
        />
      ),
    })),
  ];
  return (
    <Table<UnitRow>
      size="small"
      rowKey="orgId"
      columns={columns}
      dataSource={data.units}
      pagination={data.units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('dash.empty') }}
    />
  );
}
