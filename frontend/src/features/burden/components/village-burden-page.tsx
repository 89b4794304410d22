import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { LoadBar } from '@/components/ui/load-bar';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { frequencyLabel, hasRole } from '@/lib/enums';
import { formatDate, formatHours } from '@/lib/format';
import { useCountyCapacity, useUpdateVillageCapacity } from '../api/capacity';
import { useVillageBurden } from '../api/get-village-burden';
import { useBurdenI18n } from '../i18n';
import type { VillageItem } from '../types';
import { CapacityModal } from './capacity-modal';
import { LapsedItems } from './lapsed-items';
import { ReachTag } from './reach-tag';
import { SharesTable } from './shares-table';

/**
 * A village's load: the summary, every item on it and why it applies, what lapsed from it lately, the
 * hours by department and category.
 */
export function VillageBurdenPage() {
  const { t } = useBurdenI18n();
  const { id = '' } = useParams();
  const { data: user } = useUser();
  const query = useVillageBurden(id);
  const county = useCountyCapacity();
  const updateCapacity = useUpdateVillageCapacity();
  const [editing, setEditing] = useState(false);
  const [forbidden, setForbidden] = useState(false);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { load, items, byDepartment, byCategory, lapsed } = query.data;
  const canManage = hasRole(user?.roles, 'OFFICE', 'ADMIN') && !forbidden;
  const ownCapacity = load.ownCapacity !== null && load.ownCapacity !== undefined;

  const columns: TableColumnsType<VillageItem> = [
    { title: t('burden.col.listNo'), dataIndex: 'listNo', width: 140 },
    {
      title: t('burden.col.itemName'),
      dataIndex: 'itemName',
      render: (name: string, r) => <Link to={paths.admissionItem.getHref(r.id)}>{name}</Link>,
    },
    { title: t('burden.col.reach'), dataIndex: 'reach', width: 100, render: (v: string) => <ReachTag reach={v} /> },
    {
      title: t('burden.col.category'),
      dataIndex: 'category',
      width: 120,
      render: (v: string | null) => <CategoryTag category={v} />,
    },
    { title: t('burden.col.department'), dataIndex: 'leadOrgName', render: (v: string | null) => v || '—' },
    {
      title: t('burden.col.legalBasis'),
      dataIndex: 'legalBasis',
      width: 220,
      ellipsis: { showTitle: true },
      render: (v: string | null) => v || '—',
    },
    {
      title: t('burden.col.itemHours'),
      dataIndex: 'workloadHoursPerMonth',
      align: 'right',
      width: 100,
      render: (v: number | null) => formatHours(v) || '—',
    },
    {
      title: t('burden.col.frequency'),
      dataIndex: 'frequency',
      width: 90,
      render: (v: string | null) => frequencyLabel(t, v) || '—',
    },
    { title: t('burden.col.expiry'), dataIndex: 'expiryDate', width: 110, render: (v: string | null) => formatDate(v) },
  ];

  return (
    <>
      <PageHeader
        title={load.villageName}
        sub={t('burden.village.sub', { township: load.townshipName ?? '—' })}
        extra={
          user?.orgType === 'VILLAGE' ? undefined : (
            <Link to={paths.burden.getHref()}>
              <ArrowLeftOutlined aria-hidden /> {t('burden.village.back')}
            </Link>
          )
        }
      />
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('burden.village.itemCount')} value={load.items} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic
                title={t('burden.village.hoursOfCapacity')}
                value={t('burden.village.hoursOfCapacityValue', {
                  hours: formatHours(load.hours),
                  capacity: formatHours(load.capacity),
                })}
              />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card>
              <Typography.Text type="secondary">{t('burden.village.ratio')}</Typography.Text>
              <Flex align="center" gap={8} wrap style={{ marginTop: 8 }}>
                <div style={{ flex: '1 1 160px' }}>
                  <LoadBar ratio={load.loadRatio} />
                </div>
                {load.overCapacity ? <Tag color="red">{t('burden.over')}</Tag> : null}
              </Flex>
              <Space wrap size={4} style={{ marginTop: 8 }} data-testid="village-capacity">
                <Typography.Text type="secondary">
                  {t('common.labelled', {
                    label: t('burden.col.capacity'),
                    value: t('burden.hours', { value: formatHours(load.capacity) }),
                  })}
                </Typography.Text>
                <Tag>{ownCapacity ? t('burden.ownCapacity') : t('burden.countyWideApplies')}</Tag>
                {canManage ? (
                  <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                    {t('burden.village.editCapacity')}
                  </Button>
                ) : null}
              </Space>
            </Card>
          </Col>
        </Row>
        <Card title={t('burden.village.items')} className="table-card">
          <Table<VillageItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <Empty description={t('burden.village.itemsEmpty')} /> }}
          />
        </Card>
        <LapsedItems items={lapsed} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('burden.byDepartment')} className="table-card">
              <SharesTable rows={byDepartment} by="department" />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('burden.byCategory')} className="table-card">
              <SharesTable rows={byCategory} by="category" />
            </Card>
          </Col>
        </Row>
      </Flex>
      {canManage ? (
        <CapacityModal
          open={editing}
          title={t('burden.capacity.villageTitle', { village: load.villageName })}
          label={t('burden.capacity.villageHours')}
          help={t('burden.capacity.villageHelp', { county: formatHours(county.data?.hoursPerMonth) || '…' })}
          initial={load.ownCapacity ?? null}
          clearable={ownCapacity}
          onSave={(hoursPerMonth) => updateCapacity.mutateAsync({ villageId: load.villageId, hoursPerMonth })}
          onClose={() => setEditing(false)}
          onForbidden={() => setForbidden(true)}
        />
      ) : null}
    </>
  );
}
