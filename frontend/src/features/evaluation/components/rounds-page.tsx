import { Alert, Button, Card, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useCloseRound } from '../api/close-round';
import { useRounds } from '../api/get-rounds';
import { useEvaluationI18n } from '../i18n';
import type { Round } from '../types';
import { roundStatusLabel } from '../utils/labels';
import { OpenRoundModal } from './open-round-modal';

/** 评价管理 (office and administrators): the rounds, opening one, closing one. */
export function RoundsPage() {
  const { t } = useEvaluationI18n();
  const message = useNotify();
  const rounds = useRounds();
  const closeRound = useCloseRound();
  const [opening, setOpening] = useState(false);

  const columns: TableColumnsType<Round> = [
    { title: t('eval.col.name'), dataIndex: 'name', width: 220 },
    {
      title: t('eval.col.period'),
      key: 'period',
      width: 200,
      render: (_v, r) => t('eval.range', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) }),
    },
    {
      title: t('eval.col.window'),
      key: 'window',
      width: 240,
      render: (_v, r) => t('eval.range', { from: formatDateTime(r.opensAt), to: formatDateTime(r.closesAt) }),
    },
    {
      title: t('eval.col.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: string) => <Tag color={s === 'OPEN' ? 'green' : 'default'}>{roundStatusLabel(t, s)}</Tag>,
    },
    {
      title: t('eval.col.departments'),
      key: 'departments',
      width: 240,
      render: (_v, r) => r.departments.map((d) => d.name).join(t('common.separator')),
    },
    {
      title: t('eval.col.actions'),
      key: 'actions',
      width: 240,
      render: (_v, r) => (
        <Space wrap>
          <Link to={paths.evaluationResults.getHref(r.id)}>{t('eval.rounds.results')}</Link>
          <Link to={paths.evaluationComments.getHref(r.id)}>{t('eval.rounds.comments')}</Link>
          {r.status === 'OPEN' ? (
            <Popconfirm
              title={t('eval.rounds.closeConfirm', { name: r.name })}
              okText={t('eval.rounds.close')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                closeRound.mutate(r.id, {
                  onSuccess: () => message.success(t('eval.rounds.closed')),
                  onError: (e) => message.error(e.message),
                })
              }
            >
              <Button size="small" danger aria-label={t('eval.rounds.closeAria', { name: r.name })}>
                {t('eval.rounds.close')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('eval.rounds.title')}
        extra={
          <Button type="primary" onClick={() => setOpening(true)}>
            {t('eval.rounds.open')}
          </Button>
        }
      />
      <Alert type="info" showIcon title={t('eval.rounds.intro')} style={{ marginBottom: 16 }} />
      <Card>
        {rounds.isError ? <Alert type="error" showIcon title={rounds.error.message} /> : null}
        <Table<Round>
          rowKey="id"
          loading={rounds.isPending}
          dataSource={rounds.data ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 1230 }}
          locale={{ emptyText: t('eval.rounds.empty') }}
        />
      </Card>
      <OpenRoundModal open={opening} onClose={() => setOpening(false)} />
    </>
  );
}
