import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { KeywordSearch } from '@/components/ui/keyword-search';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { APPLICATION_STATUSES, enumOptions, hasRole, type ApplicationStatus } from '@/lib/enums';
import { statusLabel } from '../enums';
import { formatDateTime } from '@/lib/format';
import { useAdmissionI18n } from '../i18n';
import { stepLabel } from '@/lib/steps';
import { useUrlParams } from '@/lib/url-params';
import { useApplications, type ApplicationScope } from '../api/get-applications';
import type { ApplicationSummary } from '../types';
import { StatusTag } from './status-tag';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STEPS = ['Task_Review', 'Task_Approve', 'Task_Revise'];

/** 我的申请 (scope=mine) and 申请总览 (scope=all), server-side paging and filters kept in the URL. */
export function ApplicationsPage() {
  const { t } = useAdmissionI18n();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const { params, update, paging } = useUrlParams();
  const scope: ApplicationScope = params.get('scope') === 'all' ? 'all' : 'mine';
  const keyword = params.get('keyword') ?? '';
  const statusParam = params.get('status');
  const status = (APPLICATION_STATUSES as readonly string[]).includes(statusParam ?? '')
    ? (statusParam as ApplicationStatus)
    : null;
  // the dashboard's drill-down: the applications behind one of its figures
  const drill = {
    deptOrgId: Number(params.get('deptOrgId')) || null,
    from: DATE.test(params.get('from') ?? '') ? params.get('from') : null,
    to: DATE.test(params.get('to') ?? '') ? params.get('to') : null,
    returned: params.get('returned') === 'true' ? true : null,
    step: STEPS.includes(params.get('step') ?? '') ? params.get('step') : null,
    late: params.get('late') === 'true' ? true : null,
    overdue: params.get('overdue') === 'true' ? true : null,
  };
  const drilled = Object.values(drill).some((v) => v !== null);
  const { page, size } = paging;
  const query = useApplications({ scope, status, keyword: keyword || null, ...drill, page, size });

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('applications.col.itemName'),
      dataIndex: 'itemName',
      render: (v: string, r) => <Link to={paths.applicationDetail.getHref(r.id)}>{v || '—'}</Link>,
    },
    {
      title: t('applications.col.category'),
      dataIndex: 'category',
      render: (v: string | null) => <CategoryTag category={v} />,
    },
    { title: t('applications.col.leadOrg'), dataIndex: 'leadOrgName', render: (v: string | null) => v ?? '' },
    ...(scope === 'all'
      ? [{ title: t('applications.col.applicant'), dataIndex: 'applicantName', render: (v: string | null) => v ?? '' }]
      : []),
    { title: t('applications.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    {
      title: t('applications.col.currentStep'),
      dataIndex: 'currentStep',
      render: (v: string | null, r) => (v ? stepLabel(t, r.currentStepKey, v) : '—'),
    },
    {
      title: t('applications.col.submittedAt'),
      dataIndex: 'submittedAt',
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    { title: t('applications.col.updatedAt'), dataIndex: 'updatedAt', render: (v: string | null) => formatDateTime(v) },
  ];

  return (
    <>
      <PageHeader
        title={scope === 'all' ? t('applications.allTitle') : t('applications.mineTitle')}
        extra={
          scope === 'mine' && hasRole(user?.roles, 'APPLICANT') ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate(paths.applicationNew.getHref())}
            >
              {t('nav.newApplication')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        {drilled ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('applications.drill')}
            action={
              <Button
                size="small"
                onClick={() =>
                  update({
                    deptOrgId: null,
                    from: null,
                    to: null,
                    returned: null,
                    step: null,
                    late: null,
                    overdue: null,
                  })
                }
              >
                {t('applications.drillClear')}
              </Button>
            }
          />
        ) : null}
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <KeywordSearch
            style={{ maxWidth: 320 }}
            initial={keyword}
            onSearch={(k) => update({ keyword: k })}
            placeholder={t('applications.keywordPlaceholder')}
          />
          <Select
            style={{ minWidth: 160 }}
            allowClear
            value={status ?? undefined}
            onChange={(v?: string) => update({ status: v ?? null })}
            placeholder={t('applications.statusPlaceholder')}
            aria-label={t('common.status')}
            options={enumOptions(APPLICATION_STATUSES, statusLabel, t)}
          />
        </Flex>
        <PagedTable<ApplicationSummary>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('applications.empty')}
          scrollX={900}
        />
      </Card>
    </>
  );
}
