import { Alert, Card, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { safeRedirect } from '@/config/paths';
import { enumLabel, isOneOf } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/url-params';
import { useDeliveries } from '../api/get-deliveries';
import { useNotificationsI18n } from '../i18n';
import { CHANNELS, DELIVERY_STATUSES, type Delivery } from '../types';
import { kindLabel } from '../utils/notification-text';

const STATUS_COLORS: Record<string, string> = {
  FAILED: 'red',
  PENDING: 'gold',
  SENT: 'green',
  HELD: 'blue',
  DIGESTED: 'green',
  SKIPPED: 'default',
};

/** 消息发送记录 (ADMIN): e-mails and gateway messages, the failed ones first. */
export function DeliveriesPage() {
  const { t } = useNotificationsI18n();
  const { params, update, paging } = useUrlParams();
  const raw = params.get('status');
  const status = isOneOf(DELIVERY_STATUSES, raw) ? raw : 'FAILED';
  const query = useDeliveries({ status, page: paging.page, size: paging.size });
  const statusLabel = (s: string) => enumLabel(t, 'delivery.status', DELIVERY_STATUSES, s);

  const columns: TableColumnsType<Delivery> = [
    {
      title: t('delivery.col.createdAt'),
      dataIndex: 'createdAt',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('delivery.col.channel'),
      dataIndex: 'channel',
      width: 120,
      render: (c: string) => enumLabel(t, 'delivery.channel', CHANNELS, c),
    },
    { title: t('delivery.col.address'), dataIndex: 'address', width: 180 },
    {
      title: t('delivery.col.title'),
      key: 'title',
      width: 220,
      render: (_v, d) => (
        <>
          <Typography.Text type="secondary">{kindLabel(t, d.kind)}</Typography.Text>
          <br />
          {d.link ? <Link to={safeRedirect(d.link)}>{d.title}</Link> : d.title}
        </>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <Tag color={STATUS_COLORS[s] ?? 'default'}>{statusLabel(s)}</Tag>,
    },
    { title: t('delivery.col.attempts'), dataIndex: 'attempts', width: 90 },
    {
      title: t('delivery.col.nextAttempt'),
      dataIndex: 'nextAttemptAt',
      width: 140,
      render: (v: string | null, d) => (d.status === 'PENDING' ? formatDateTime(v) : ''),
    },
    {
      title: t('delivery.col.lastError'),
      dataIndex: 'lastError',
      width: 260,
      render: (v: string | null) =>
        v ? (
          <Typography.Paragraph type="danger" ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
            {v}
          </Typography.Paragraph>
        ) : null,
    },
    {
      title: t('delivery.col.sentAt'),
      dataIndex: 'sentAt',
      width: 140,
      render: (v: string | null) => formatDateTime(v),
    },
  ];

  return (
    <>
      <PageHeader title={t('delivery.title')} />
      <Alert type="info" showIcon title={t('delivery.intro')} style={{ marginBottom: 16 }} />
      <Card>
        <Select
          aria-label={t('delivery.filterStatus')}
          style={{ width: 160, marginBottom: 16 }}
          value={status}
          onChange={(v: string) => update({ status: v === 'FAILED' ? null : v })}
          options={DELIVERY_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <PagedTable<Delivery>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('delivery.empty')}
          scrollX={1390}
        />
      </Card>
    </>
  );
}
