import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Statistic, Table, Tooltip, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { categoryLabel } from '@/lib/enums';
import { useDashboardI18n } from '../i18n';
import type { AdmissionDashboard, DepartmentRow, NamedCount, Period, StepRow } from '../types';
import { applicationListHref, percent } from '../utils/drill';
import { barOption, Chart } from './chart';
import { ExportButton } from './export-button';

const STATUSES = ['IN_REVIEW', 'RETURNED', 'IN_APPROVAL', 'ADMITTED', 'REFUSED', 'WITHDRAWN'] as const;
const STEPS = ['Task_Review', 'Task_Approve', 'Task_Revise'] as const;
/** The application status of those waiting at a step. */
const STEP_STATUS: Record<string, string> = {
  Task_Review: 'IN_REVIEW',
  Task_Approve: 'IN_APPROVAL',
  Task_Revise: 'RETURNED',
};

/** 准入申请: applications by status and step, handling time, refusals and returns, items in force. */
export function AdmissionSection({ data, period }: { data: AdmissionDashboard; period: Period }) {
  const { t } = useDashboardI18n();
  const navigate = useNavigate();
  const href = (filters: Parameters<typeof applicationListHref>[2] = {}) =>
    applicationListHref(data.scope, period, filters);
  const statusName = (key: string) =>
    (STATUSES as readonly string[]).includes(key) ? t(`admStatus.${key as (typeof STATUSES)[number]}`) : key;
  const stepName = (key: string) =>
    (STEPS as readonly string[]).includes(key) ? t(`admStep.${key as (typeof STEPS)[number]}`) : key;
  const statuses = data.byStatus.filter((s) => s.count > 0);

  const stepColumns: TableColumnsType<StepRow> = [
    { title: t('adm.col.step'), dataIndex: 'step', render: (v: string) => stepName(v) },
    {
      title: t('adm.col.open'),
      dataIndex: 'open',
      align: 'right',
      render: (v: number, r) => <Link to={href({ status: STEP_STATUS[r.step] })}>{v}</Link>,
    },
    {
      title: t('adm.col.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      render: (v: number, r) => <Link to={href({ status: STEP_STATUS[r.step], overdue: true })}>{v}</Link>,
    },
    {
      title: t('adm.col.completed'),
      dataIndex: 'completed',
      align: 'right',
      render: (v: number, r) => <Link to={href({ step: r.step })}>{v}</Link>,
    },
    {
      title: t('adm.col.hours'),
      dataIndex: 'averageHours',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
    },
    {
      title: (
        <Tooltip title={t('adm.onTimeDef')}>
          <span>
            {t('adm.col.onTime')} <InfoCircleOutlined aria-label={t('adm.onTimeDef')} />
          </span>
        </Tooltip>
      ),
      dataIndex: 'onTime',
      render: (_: unknown, r) => (
        <span>
          {percent(r.onTime)}{' '}
          <span className="kpi-denominator">
            ({r.onTime.part} / <Link to={href({ step: r.step })}>{r.onTime.whole}</Link>
            {r.onTime.whole > r.onTime.part ? (
              <>
                {' · '}
                <Link to={href({ step: r.step, late: true })}>{r.onTime.whole - r.onTime.part}</Link>
              </>
            ) : null}
            )
          </span>
        </span>
      ),
    },
  ];

  const deptColumns: TableColumnsType<DepartmentRow> = [
    { title: t('adm.col.dept'), dataIndex: 'name' },
    {
      title: t('adm.col.submitted'),
      dataIndex: 'submitted',
      align: 'right',
      render: (v: number, r) => <Link to={href({ deptOrgId: r.orgId })}>{v}</Link>,
    },
    {
      title: t('adm.col.refused'),
      dataIndex: 'refused',
      align: 'right',
      render: (v: number, r) => <Link to={href({ deptOrgId: r.orgId, status: 'REFUSED' })}>{v}</Link>,
    },
    {
      title: t('adm.col.returned'),
      dataIndex: 'returned',
      align: 'right',
      render: (v: number, r) => <Link to={href({ deptOrgId: r.orgId, returned: true })}>{v}</Link>,
    },
    { title: t('adm.col.refusalShare'), dataIndex: 'refusalShare', render: (_: unknown, r) => percent(r.refusalShare) },
    { title: t('adm.col.rank'), dataIndex: 'rank', render: (v: number, r) => `${v} / ${r.of}` },
  ];

  const leadColumns: TableColumnsType<NamedCount> = [
    { title: t('adm.col.lead'), dataIndex: 'name' },
    {
      title: t('adm.col.items'),
      dataIndex: 'count',
      align: 'right',
      render: (v: number, r) => <Link to={paths.admissionItems.getHref({ leadOrgId: r.orgId })}>{v}</Link>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" extra={<ExportButton table="ADMISSION_STATUSES" period={period} />}>
            <Link to={href()}>
              <Statistic title={t('adm.submitted')} value={data.submitted} />
            </Link>
            {statuses.length === 0 ? (
              <Empty description={t('dash.empty')} />
            ) : (
              <Chart
                label={t('adm.byStatus')}
                height={220}
                option={barOption(
                  statuses.map((s) => statusName(s.key)),
                  statuses.map((s) => s.count),
                  t('adm.submitted'),
                )}
                onSelect={(i) => void navigate(href({ status: statuses[i].key }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('adm.steps')} extra={<ExportButton table="ADMISSION_STEPS" period={period} />}>
            <Table<StepRow>
              size="small"
              rowKey="step"
              columns={stepColumns}
              dataSource={data.steps}
              pagination={false}
              scroll={{ x: 640 }}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('adm.departments')}
        extra={<ExportButton table="ADMISSION_DEPARTMENTS" period={period} />}
      >
        <Table<DepartmentRow>
          size="small"
          rowKey="orgId"
          columns={deptColumns}
          dataSource={data.departments}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('dash.empty') }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={`${t('adm.items', { day: data.itemsOn })} · ${t('adm.itemsByCategory')}`}
            extra={<ExportButton table="ITEMS_CATEGORIES" period={period} />}
          >
            <Chart
              label={t('adm.itemsByCategory')}
              height={200}
              option={barOption(
                data.itemsByCategory.map((c) => categoryLabel(t, c.key) || c.label),
                data.itemsByCategory.map((c) => c.count),
                t('adm.col.items'),
              )}
              onSelect={(i) => void navigate(paths.admissionItems.getHref({ category: data.itemsByCategory[i].key }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('adm.itemsByLead')} extra={<ExportButton table="ITEMS_LEADS" period={period} />}>
            <Table<NamedCount>
              size="small"
              rowKey="orgId"
              columns={leadColumns}
              dataSource={data.itemsByLead}
              pagination={data.itemsByLead.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              locale={{ emptyText: t('dash.empty') }}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
