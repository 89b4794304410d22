import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { outcomeLabel, unitStatusColor, unitStatusLabel } from '../enums';
import { formatDate, formatDateTime } from '@/lib/format';
import { useClueI18n } from '../i18n';
import type { ClueDetail, ClueUnit } from '../types';
import { hoursBetween, respondedLate, unitAssignedAt } from '../utils/first-response';
import { FirstResponse } from './first-response';

/**
 * The assigned units with their first response (响应), verification and rectification; `clue` gives
 * when each unit was assigned (at triage, or when it took over after a 退单).
 */
export function UnitsTable({ units, clue }: { units: ClueUnit[]; clue?: Pick<ClueDetail, 'assignedAt' | 'returns'> }) {
  const { t } = useClueI18n();
  const columns: TableColumnsType<ClueUnit> = [
    {
      title: t('clue.unit.org'),
      dataIndex: 'orgName',
      render: (v: string, u) => (
        <>
          {v} <Tag>{u.role === 'GRASSROOTS' ? t('clue.unit.grassroots') : t('clue.unit.department')}</Tag>
        </>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: string) => <Tag color={unitStatusColor(v)}>{unitStatusLabel(t, v)}</Tag>,
    },
    {
      title: t('clue.firstResponse'),
      dataIndex: 'firstResponseAt',
      render: (_v, u) => (
        <FirstResponse
          at={u.firstResponseAt}
          hours={clue ? hoursBetween(unitAssignedAt(clue, u), u.firstResponseAt) : null}
          late={respondedLate(u)}
        />
      ),
    },
    {
      title: t('clue.unit.verification'),
      dataIndex: 'findings',
      render: (_v, u) =>
        u.outcome ? (
          <>
            <Typography.Text strong>{outcomeLabel(t, u.outcome)}</Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{u.findings}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(u.verifiedAt)}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    {
      title: t('clue.unit.plan'),
      dataIndex: 'plan',
      render: (_v, u) =>
        u.plan ? (
          <>
            <div style={{ whiteSpace: 'pre-wrap' }}>{u.plan}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('common.labelled', { label: t('clue.unit.deadline'), value: formatDate(u.planDeadline) })}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    {
      title: t('clue.unit.report'),
      dataIndex: 'report',
      render: (_v, u) =>
        u.report ? (
          <>
            <div style={{ whiteSpace: 'pre-wrap' }}>{u.report}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(u.reportedAt)}
              {u.sendBackCount ? ` · ${t('clue.unit.sentBack', { count: u.sendBackCount })}` : ''}
              {u.acceptedAt ? ` · ${t('clue.unit.accepted')} ${formatDateTime(u.acceptedAt)}` : ''}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<ClueUnit>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 800 }}
    />
  );
}
