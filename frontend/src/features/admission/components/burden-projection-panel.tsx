import { Alert, Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { LoadBar } from '@/components/ui/load-bar';
import { ApiError } from '@/lib/api-client';
import { formatHours } from '@/lib/format';
import { useApplicationBurden } from '../api/get-application-burden';
import { useAdmissionI18n } from '../i18n';
import type { ProjectedLoad } from '../types';

/** Rows shown before 显示全部. */
export const COLLAPSED_ROWS = 10;

const rank = (v: ProjectedLoad) => (v.pushedOver ? 0 : v.overCapacity ? 1 : 2);

/**
 * Pushed over first, then already over, then the rest; the highest ratio with the item first within each, and
 * the server's order (the most hours first) when ratios tie.
 */
export function orderProjection(rows: readonly ProjectedLoad[]): ProjectedLoad[] {
  return [...rows].sort((a, b) => rank(a) - rank(b) || (b.projectedRatio ?? -1) - (a.projectedRatio ?? -1));
}

/** 对各村负担的影响: every village the application reaches, its load now and with the new item. */
export function BurdenProjectionPanel({ applicationId }: { applicationId: number }) {
  const { t } = useAdmissionI18n();
  const query = useApplicationBurden(applicationId);
  const [expanded, setExpanded] = useState(false);

  if (query.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('projection.loadFailed')}
        description={query.error instanceof ApiError ? query.error.message : undefined}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const rows = orderProjection(query.data ?? []);
  const pushed = rows.filter((r) => r.pushedOver).length;
  const already = rows.filter((r) => r.overCapacity && !r.pushedOver).length;
  const shown = expanded ? rows : rows.slice(0, COLLAPSED_ROWS);

  const columns: TableColumnsType<ProjectedLoad> = [
    {
      title: t('projection.col.village'),
      dataIndex: 'villageName',
      render: (name: string, r) => (
        <Flex vertical gap={2}>
          <span>{name}</span>
          {r.pushedOver ? (
            <Tag color="red" data-testid="pushed-over">
              {t('projection.pushedOver')}
            </Tag>
          ) : r.overCapacity ? (
            <Tag color="orange" data-testid="already-over">
              {t('projection.alreadyOver')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    { title: t('projection.col.township'), dataIndex: 'townshipName', render: (v: string | null) => v || '—' },
    {
      title: t('projection.col.hours'),
      key: 'hours',
      render: (_: unknown, r) =>
        t('projection.nowToWith', { now: formatHours(r.hours), with: formatHours(r.projectedHours) }),
    },
    { title: t('projection.col.capacity'), dataIndex: 'capacity', render: (v: number) => formatHours(v) },
    {
      title: t('projection.col.ratio'),
      dataIndex: 'projectedRatio',
      render: (v: number | null) => <LoadBar ratio={v} />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      {rows.length > 0 ? (
        <Typography.Text data-testid="burden-summary" type={pushed > 0 ? 'danger' : undefined}>
          {t('projection.summary', { villages: rows.length, pushed, already })}
        </Typography.Text>
      ) : null}
      <Table<ProjectedLoad>
        rowKey="villageId"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={false}
        loading={query.isPending}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projection.empty')} /> }}
      />
      {rows.length > COLLAPSED_ROWS ? (
        <Button type="link" onClick={() => setExpanded((e) => !e)} style={{ alignSelf: 'flex-start' }}>
          {expanded ? t('projection.showFewer') : t('projection.showAll', { count: rows.length })}
        </Button>
      ) : null}
    </Flex>
  );
}
