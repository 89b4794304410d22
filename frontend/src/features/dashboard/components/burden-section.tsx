import { Card, Col, Empty, Row, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LoadBar } from '@/components/ui/load-bar';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useBurdenOverview } from '../api/get-burden-overview';
import { useDashboardI18n } from '../i18n';
import { barOption, Chart } from './chart';

/** 基层负担: load ratio per township, the most loaded villages, the departments that add most hours. */
export function BurdenSection() {
  const { t } = useDashboardI18n();
  const navigate = useNavigate();
  const burden = useBurdenOverview();
  if (burden.isError) return <QueryError error={burden.error} onRetry={() => void burden.refetch()} />;
  if (!burden.data) return <Card loading />;
  const { townships, villages, departments } = burden.data;
  const percent = (r: number | null) => (r === null ? 0 : Math.round(r * 1000) / 10);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card
          title={t('dash.burden.townships')}
          extra={<Link to={paths.burden.getHref()}>{t('dash.burden.open')}</Link>}
        >
          {townships.length === 0 ? (
            <Empty description={t('dash.burden.none')} />
          ) : (
            <Chart
              label={t('dash.burden.townships')}
              option={barOption(
                townships.map((s) => s.townshipName),
                townships.map((s) => percent(s.loadRatio)),
                t('dash.burden.ratio'),
              )}
              onSelect={(i) => void navigate(`${paths.burden.getHref()}?township=${townships[i].townshipId}`)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('dash.burden.villages')} className="table-card">
          <Table
            size="small"
            rowKey="villageId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={villages}
            locale={{ emptyText: t('dash.burden.none') }}
            columns={[
              {
                title: t('dash.burden.village'),
                render: (_, v) => (
                  <Link to={paths.burdenVillage.getHref(v.villageId)}>
                    {v.villageName}
                    {v.overCapacity ? (
                      <Tag color="red" style={{ marginInlineStart: 6 }}>
                        {t('dash.burden.over')}
                      </Tag>
                    ) : null}
                  </Link>
                ),
              },
              { title: t('dash.burden.township'), dataIndex: 'townshipName' },
              { title: t('dash.burden.hours'), render: (_, v) => `${v.hours} / ${v.capacity}` },
              { title: t('dash.burden.ratio'), render: (_, v) => <LoadBar ratio={v.loadRatio} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('dash.burden.departments')} className="table-card">
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={departments}
            locale={{ emptyText: t('dash.burden.none') }}
            columns={[
              { title: t('dash.burden.department'), dataIndex: 'label' },
              { title: t('dash.burden.items'), dataIndex: 'items' },
              { title: t('dash.burden.villageHours'), dataIndex: 'villageHours' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
