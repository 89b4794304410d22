import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { isOneOf } from '@/lib/enums';
import { formatDate, formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/url-params';
import { useListReviews } from '../api/get-list-reviews';
import { useListReviewI18n } from '../i18n';
import { REVIEW_STATUSES, type ReviewSummary } from '../types';
import { isOrganiser, roundText, statusColor, statusLabel } from '../utils/review-text';
import { StartReviewModal } from './start-review-modal';
import { StartRoundModal } from './start-round-modal';

/** 清单复评: the reviews the user may see, status and "only running" in the URL; organisers start reviews here. */
export function ListReviewsPage() {
  const { t } = useListReviewI18n();
  const { data: user } = useUser();
  const { params, update, paging } = useUrlParams();
  const [dialog, setDialog] = useState<'item' | 'round' | null>(null);
  const [roundStarted, setRoundStarted] = useState<number | null>(null);
  const statusParam = params.get('status');
  const status = isOneOf(REVIEW_STATUSES, statusParam) ? statusParam : null;
  const openOnly = params.get('open') === '1';
  const query = useListReviews({ status, openOnly, page: paging.page, size: paging.size });
  const organiser = isOrganiser(user);

  const columns: TableColumnsType<ReviewSummary> = [
    { title: t('review.col.listNo'), dataIndex: 'listNo', width: 110 },
    {
      title: t('review.col.itemName'),
      dataIndex: 'itemName',
      width: 240,
      render: (name: string, r) => <Link to={paths.listReviewDetail.getHref(r.id)}>{name}</Link>,
    },
    { title: t('review.col.leadOrg'), dataIndex: 'leadOrgName', width: 140 },
    {
      title: t('review.col.status'),
      dataIndex: 'status',
      width: 150,
      render: (s: string) => <Tag color={statusColor(s)}>{statusLabel(t, s)}</Tag>,
    },
    {
      title: t('review.col.round'),
      dataIndex: 'roundName',
      width: 170,
      render: (round: string | null, r) =>
        round ?? <Typography.Text type="secondary">{roundText(t, r)}</Typography.Text>,
    },
    {
      title: t('review.col.expiry'),
      dataIndex: 'itemExpiryDate',
      width: 110,
      render: (v: string | null) => formatDate(v),
    },
    {
      title: t('review.col.feedbackCloses'),
      dataIndex: 'feedbackClosesAt',
      width: 140,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('review.col.startedAt'),
      dataIndex: 'startedAt',
      width: 140,
      render: (v: string | null) => formatDateTime(v),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('review.title')}
        extra={
          organiser ? (
            <>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('item')}>
                {t('review.start')}
              </Button>
              <Button icon={<CalendarOutlined aria-hidden />} onClick={() => setDialog('round')}>
                {t('review.round')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Alert type="info" showIcon title={t('review.intro')} style={{ marginBottom: 16 }} />
      {roundStarted !== null ? (
        <Alert
          type={roundStarted > 0 ? 'success' : 'warning'}
          showIcon
          closable={{ onClose: () => setRoundStarted(null) }}
          role="status"
          title={t('review.round.started', { count: roundStarted })}
          description={roundStarted > 0 ? undefined : t('review.round.none')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card>
        <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('review.filterStatus')}
            style={{ width: 180 }}
            value={status}
            allowClear
            placeholder={t('review.allStatuses')}
            onChange={(v: string | undefined) => update({ status: v ?? null })}
            options={REVIEW_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
          <Flex component="label" gap={8} align="center">
            <Switch checked={openOnly} onChange={(on) => update({ open: on ? '1' : null })} />
            <span>{t('review.openOnly')}</span>
          </Flex>
        </Flex>
        <PagedTable<ReviewSummary>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={status || openOnly ? t('review.emptyFiltered') : t('review.empty')}
          scrollX={1200}
        />
      </Card>
      {organiser ? (
        <>
          <StartReviewModal open={dialog === 'item'} onClose={() => setDialog(null)} />
          <StartRoundModal
            open={dialog === 'round'}
            onClose={() => setDialog(null)}
            onStarted={(count) => setRoundStarted(count)}
          />
        </>
      ) : null}
    </>
  );
}
