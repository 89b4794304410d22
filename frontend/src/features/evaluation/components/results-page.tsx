import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, List, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { PageHeader } from '@/components/ui/page-header';
import { ApiError } from '@/lib/api-client';
import { useNotify } from '@/lib/notify';
import { useUrlParams } from '@/lib/url-params';
import { useExportResults } from '../api/export-results';
import { useResults } from '../api/get-results';
import { useRounds } from '../api/get-rounds';
import { useEvaluationI18n } from '../i18n';
import type { DepartmentResult, DimensionResult, Ranked } from '../types';
import { dimensionLabel, formatChange, formatScore, roundStatusLabel } from '../utils/labels';

/**
 * 评价结果: a department sees its own entry (after the round closes); the office, administrators and
 * the leadership see every department, the ranking and the export. Below the anonymity threshold a
 * department is only "评价人数不足，暂不显示" — the server sends nothing more.
 */
export function ResultsPage() {
  const { t } = useEvaluationI18n();
  const message = useNotify();
  const { params, update } = useUrlParams();
  const rounds = useRounds();
  const asked = Number(params.get('round'));
  const list = rounds.data ?? [];
  const roundId =
    list.find((r) => r.id === asked)?.id ?? list.find((r) => r.status === 'CLOSED')?.id ?? list[0]?.id ?? null;
  const results = useResults(roundId);
  const exporting = useExportResults();
  const notClosed = results.error instanceof ApiError && results.error.status === 409;

  const header = (
    <PageHeader
      title={t('eval.results.title')}
      extra={
        roundId !== null && results.data ? (
          <Button
            icon={<DownloadOutlined aria-hidden />}
            loading={exporting.isPending}
            onClick={() => exporting.mutate(roundId, { onError: (e) => message.error(e.message) })}
          >
            {t('eval.results.export')}
          </Button>
        ) : null
      }
    />
  );

  if (rounds.isPending) return header;
  if (list.length === 0) {
    return (
      <>
        {header}
        <Card>
          <Empty description={t('eval.results.noRounds')} />
        </Card>
      </>
    );
  }

  const data = results.data;
  return (
    <>
      {header}
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('eval.results.round')}
          style={{ width: 320, maxWidth: '100%' }}
          value={roundId}
          onChange={(v: number) => update({ round: String(v) })}
          options={list.map((r) => ({
            value: r.id,
            label: t('eval.results.roundOption', { name: r.name, status: roundStatusLabel(t, r.status) }),
          }))}
        />
        {data?.raters !== undefined ? <Tag>{t('eval.results.raters', { count: data.raters })}</Tag> : null}
      </Flex>
      {data ? (
        <Alert
          type="info"
          showIcon
          title={t('eval.results.threshold', { min: data.minRaters })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {notClosed ? <Alert type="warning" showIcon title={t('eval.results.notClosed')} /> : null}
      {results.isError && !notClosed ? <Alert type="error" showIcon title={results.error.message} /> : null}
      {results.isPending && roundId !== null ? <Card loading /> : null}
      {data?.ranking ? <RankingCard ranking={data.ranking} /> : null}
      {data ? (
        <Row gutter={[16, 16]}>
          {data.departments.map((d) => (
            <Col key={d.departmentId} xs={24} lg={12}>
              <DepartmentCard result={d} />
            </Col>
          ))}
        </Row>
      ) : null}
    </>
  );
}

function RankingCard({ ranking }: { ranking: Ranked[] }) {
  const { t } = useEvaluationI18n();
  return (
    <Card title={t('eval.results.ranking')} style={{ marginBottom: 16 }}>
      <Table<Ranked>
        rowKey="departmentId"
        size="small"
        pagination={false}
        dataSource={ranking}
        columns={[
          { title: '#', dataIndex: 'rank', width: 60 },
          { title: t('eval.results.col.department'), dataIndex: 'departmentName' },
          { title: t('eval.results.overall'), dataIndex: 'overall', width: 110, render: (v: number) => formatScore(v) },
        ]}
      />
    </Card>
  );
}

function DepartmentCard({ result }: { result: DepartmentResult }) {
  const { t } = useEvaluationI18n();
  if (!result.shown) {
    return (
      <Card title={result.departmentName} size="small">
        <Typography.Text type="secondary">{t('eval.results.tooFew')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card
      title={result.departmentName}
      size="small"
      extra={result.rank ? <Tag color="blue">{t('eval.results.rank', { rank: result.rank })}</Tag> : null}
    >
      <Flex wrap gap={24} style={{ marginBottom: 12 }}>
        <Statistic title={t('eval.results.overall')} value={formatScore(result.overall)} />
        <Statistic title={t('eval.results.change')} value={formatChange(result.overallChange)} />
        <Typography.Text type="secondary">{t('eval.results.ratersOf', { count: result.raters ?? 0 })}</Typography.Text>
      </Flex>
      <Table<DimensionResult>
        rowKey="dimension"
        size="small"
        pagination={false}
        dataSource={result.dimensions ?? []}
        columns={[
          {
            title: t('eval.results.col.dimension'),
            dataIndex: 'dimension',
            render: (d: string) => dimensionLabel(t, d),
          },
          {
            title: t('eval.results.col.average'),
            dataIndex: 'average',
            width: 90,
            render: (v: number) => formatScore(v),
          },
          {
            title: t('eval.results.change'),
            key: 'change',
            width: 130,
            render: (_v, r) =>
              r.change === undefined
                ? '—'
                : t('eval.results.changeSince', {
                    change: formatChange(r.change),
                    previous: t('eval.results.previous', { value: formatScore(r.previous) }),
                  }),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>
        {t('eval.results.comments')}
      </Typography.Title>
      {result.comments && result.comments.length > 0 ? (
        <List
          size="small"
          dataSource={result.comments}
          renderItem={(c) => <List.Item style={{ whiteSpace: 'pre-wrap' }}>{c}</List.Item>}
        />
      ) : (
        <Typography.Text type="secondary">{t('eval.results.noComments')}</Typography.Text>
      )}
    </Card>
  );
}
