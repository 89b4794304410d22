import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { APPLICATION_STATUSES, enumOptions, hasRole, statusLabel, type ApplicationStatus } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useApplications, type ApplicationScope } from '../api/get-applications';
import type { ApplicationSummary } from '../types';
import { StatusTag } from './status-tag';

/** 我的申请 (scope=mine) and 申请总览 (scope=all), server-side paging and filters kept in the URL. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const [params, setParams] = useSearchParams();
  const scope: ApplicationScope = params.get('scope') === 'all' ? 'all' : 'mine';
  const keyword = params.get('keyword') ?? '';
  const statusParam = params.get('status');
  const status = (APPLICATION_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as ApplicationStatus) : null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(100, Math.max(1, Number(params.get('size')) || 20));
  const [text, setText] = useState(keyword);
  const query = useApplications({ scope, status, keyword: keyword || null, page, size });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('applications.col.itemName'),
      dataIndex: 'itemName',
      render: (v: string, r) => <Link to={paths.applicationDetail.getHref(r.id)}>{v || '—'}</Link>,
    },
    { title: t('applications.col.category'), dataIndex: 'category', render: (v: string | null) => <CategoryTag category={v} /> },
    { title: t('applications.col.leadOrg'), dataIndex: 'leadOrgName', render: (v: string | null) => v ?? '' },
    ...(scope === 'all'
      ? [{ title: t('applications.col.applicant'), dataIndex: 'applicantName', render: (v: string | null) => v ?? '' }]
      : []),
    { title: t('applications.col.status'), dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: t('applications.col.currentStep'), dataIndex: 'currentStep', render: (v: string | null) => v ?? '—' },
    { title: t('applications.col.submittedAt'), dataIndex: 'submittedAt', render: (v: string | null) => formatDateTime(v) || '—' },
    { title: t('applications.col.updatedAt'), dataIndex: 'updatedAt', render: (v: string | null) => formatDateTime(v) },
  ];

  return (
    <>
      <PageHeader
        title={scope === 'all' ? t('applications.allTitle') : t('applications.mineTitle')}
        extra={
          scope === 'mine' && hasRole(user?.roles, 'APPLICANT') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(paths.applicationNew.getHref())}>
              {t('nav.newApplication')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            style={{ maxWidth: 320 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ keyword: v.trim() })}
            placeholder={t('applications.keywordPlaceholder')}
            aria-label={t('common.keyword')}
            enterButton={t('common.search')}
            allowClear
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
        {query.isError && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<ApplicationSummary>
            rowKey="id"
            columns={columns}
            dataSource={query.data?.items ?? []}
            loading={query.isPending || query.isFetching}
            locale={{ emptyText: <Empty description={t('applications.empty')} /> }}
            scroll={{ x: 900 }}
            pagination={{
              current: page,
              pageSize: size,
              total: query.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => update({ page: String(s !== size ? 1 : p), size: String(s) }),
            }}
          />
        )}
      </Card>
    </>
  );
}
