import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { LoadBar } from '@/components/ui/load-bar';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { hasRole } from '@/lib/enums';
import { formatHours } from '@/lib/format';
import { ratioPercent } from '@/lib/load';
import { useUrlParams } from '@/lib/url-params';
import { useCountyCapacity, useUpdateCountyCapacity } from '../api/capacity';
import { useBurdenShares } from '../api/get-burden-shares';
import { useTownshipLoads } from '../api/get-township-loads';
import { useVillageLoads } from '../api/get-village-loads';
import { useBurdenI18n } from '../i18n';
import type { TownshipLoad, VillageLoad } from '../types';
import { CapacityModal } from './capacity-modal';
import { SharesTable } from './shares-table';

/**
 * 基层承载力: the townships, the villages ranked by load, the hours by department and category, the
 * county-wide capacity. A village's cadres go straight to their own village's page.
 */
export function BurdenPage() {
  const { data: user, isPending } = useUser();
  if (isPending) return <PageSpinner />;
  if (user?.orgType === 'VILLAGE') return <Navigate to={paths.burdenVillage.getHref(user.orgId)} replace />;
  return <CountyBurden canManage={hasRole(user?.roles, 'OFFICE', 'ADMIN')} />;
}

function CountyBurden({ canManage }: { canManage: boolean }) {
  const { t } = useBurdenI18n();
  const navigate = useNavigate();
  const { params, update, paging } = useUrlParams(20);
  const townshipId = Number(params.get('township')) || null;
  const overCapacityOnly = params.get('over') === '1';
  const [editing, setEditing] = useState(false);
  const [forbidden, setForbidden] = useState(false);

  const townships = useTownshipLoads();
  const villages = useVillageLoads({ townshipId, overCapacityOnly, page: paging.page, size: paging.size });
  const byDepartment = useBurdenShares('department', townshipId);
  const byCategory = useBurdenShares('category', townshipId);
  const capacity = useCountyCapacity();
  const updateCapacity = useUpdateCountyCapacity();

  const hours = (v: number | null | undefined) => t('burden.hours', { value: formatHours(v) });

  const townshipColumns: TableColumnsType<TownshipLoad> = [
    {
      title: t('burden.col.township'),
      dataIndex: 'townshipName',
      render: (name: string, r) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => update({ township: String(r.townshipId) })}
        >
          {name}
        </Button>
      ),
    },
    { title: t('burden.col.villages'), dataIndex: 'villages', align: 'right', width: 90 },
    {
      title: t('burden.col.villagesOver'),
      dataIndex: 'villagesOverCapacity',
      align: 'right',
      width: 110,
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    { title: t('burden.col.hours'), dataIndex: 'hours', align: 'right', render: hours },
    { title: t('burden.col.capacity'), dataIndex: 'capacity', align: 'right', render: hours },
    {
      title: t('burden.col.ratio'),
      dataIndex: 'loadRatio',
      width: 180,
      render: (r: number | null) => <LoadBar ratio={r} />,
    },
    { title: t('burden.col.highest'), dataIndex: 'highestLoadRatio', align: 'right', render: ratioPercent },
  ];

  const villageColumns: TableColumnsType<VillageLoad> = [
    {
      title: t('burden.col.rank'),
      key: 'rank',
      width: 64,
      render: (_: unknown, _r, i) => (paging.page - 1) * paging.size + i + 1,
    },
    {
      title: t('burden.col.village'),
      dataIndex: 'villageName',
      render: (name: string, r) => (
        <Space size={4} wrap>
          <Link to={paths.burdenVillage.getHref(r.villageId)}>{name}</Link>
          {r.overCapacity ? <Tag color="red">{t('burden.over')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('burden.col.township'), dataIndex: 'townshipName', render: (v: string | null) => v || '—' },
    { title: t('burden.col.items'), dataIndex: 'items', align: 'right', width: 80 },
    { title: t('burden.col.hours'), dataIndex: 'hours', align: 'right', render: hours },
    {
      title: t('burden.col.capacity'),
      dataIndex: 'capacity',
      align: 'right',
      render: (v: number, r) => (
        <Space size={4}>
          {hours(v)}
          {r.ownCapacity !== null && r.ownCapacity !== undefined ? <Tag>{t('burden.ownCapacity')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('burden.col.ratio'),
      dataIndex: 'loadRatio',
      width: 180,
      render: (r: number | null) => <LoadBar ratio={r} />,
    },
  ];

  const county = capacity.data?.hoursPerMonth;

  return (
    <>
      <PageHeader
        title={t('burden.title')}
        sub={t('burden.intro')}
        extra={
          <Space wrap data-testid="county-capacity">
            <Typography.Text>
              {t('common.labelled', {
                label: t('burden.countyCapacity'),
                value: county === undefined ? '…' : t('burden.countyCapacityValue', { value: formatHours(county) }),
              })}
            </Typography.Text>
            {canManage && !forbidden && county !== undefined ? (
              <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('burden.editCapacity')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('burden.townships')} className="table-card">
          {townships.isError ? (
            <QueryError error={townships.error} onRetry={() => void townships.refetch()} />
          ) : (
            <Table<TownshipLoad>
              rowKey="townshipId"
              size="small"
              columns={townshipColumns}
              dataSource={townships.data ?? []}
              loading={townships.isPending}
              pagination={false}
              scroll={{ x: 760 }}
              locale={{ emptyText: <Empty description={t('burden.townshipsEmpty')} /> }}
            />
          )}
        </Card>
        <Card title={t('burden.villages')} className="table-card">
          <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
            <Select<number>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 180 }}
              aria-label={t('burden.township')}
              placeholder={t('burden.allTownships')}
              value={townshipId ?? undefined}
              loading={townships.isPending}
              options={(townships.data ?? []).map((r) => ({ value: r.townshipId, label: r.townshipName }))}
              onChange={(v) => update({ township: v ? String(v) : null })}
            />
            <Space>
              <Switch
                checked={overCapacityOnly}
                onChange={(on) => update({ over: on ? '1' : null })}
                aria-label={t('burden.overOnly')}
              />
              <span>{t('burden.overOnly')}</span>
            </Space>
          </Flex>
          <PagedTable<VillageLoad>
            query={villages}
            columns={villageColumns}
            rowKey="villageId"
            {...paging}
            emptyText={t('burden.villagesEmpty')}
            scrollX={820}
            onRow={(r) => ({
              onClick: (e) => {
                // the name is a link already; elsewhere on the row, open the village too
                if ((e.target as HTMLElement).closest('a,button')) return;
                void navigate(paths.burdenVillage.getHref(r.villageId));
              },
              style: { cursor: 'pointer' },
            })}
          />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('burden.byDepartment')} className="table-card">
              {byDepartment.isError ? (
                <QueryError error={byDepartment.error} onRetry={() => void byDepartment.refetch()} />
              ) : (
                <SharesTable rows={byDepartment.data} by="department" loading={byDepartment.isFetching} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('burden.byCategory')} className="table-card">
              {byCategory.isError ? (
                <QueryError error={byCategory.error} onRetry={() => void byCategory.refetch()} />
              ) : (
                <SharesTable rows={byCategory.data} by="category" loading={byCategory.isFetching} />
              )}
            </Card>
          </Col>
        </Row>
      </Flex>
      {canManage && !forbidden ? (
        <CapacityModal
          open={editing}
          title={t('burden.capacity.countyTitle')}
          label={t('burden.capacity.hours')}
          help={t('burden.capacity.help')}
          initial={county ?? null}
          onSave={(value) => updateCapacity.mutateAsync(value ?? 0)}
          onClose={() => setEditing(false)}
          onForbidden={() => setForbidden(true)}
        />
      ) : null}
    </>
  );
}
