import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { CATEGORIES, categoryLabel, enumOptions, type Category } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useAdmissionListI18n } from '../i18n';
import { orgOptions, useOrgs } from '@/lib/orgs';
import { useUrlParams } from '@/lib/url-params';
import { useExportAdmissionItems } from '../api/export-admission-items';
import { useAdmissionItems } from '../api/get-admission-items';
import type { AdmissionItem, AdmissionItemFilters } from '../types';
import { useNotify } from '@/lib/notify';

type FilterValues = { keyword?: string; category?: Category; leadOrgId?: number };

export function AdmissionItemsPage() {
  const { t } = useAdmissionListI18n();
  const message = useNotify();
  const { params, setParams, paging } = useUrlParams();
  const [form] = Form.useForm<FilterValues>();
  const orgs = useOrgs();
  const exporter = useExportAdmissionItems();

  const filters: AdmissionItemFilters = {
    keyword: params.get('keyword') || null,
    category: (CATEGORIES as readonly string[]).includes(params.get('category') ?? '')
      ? (params.get('category') as Category)
      : null,
    leadOrgId: Number(params.get('leadOrgId')) || null,
  };
  const { page, size } = paging;
  const query = useAdmissionItems({ ...filters, page, size });

  const apply = (values: FilterValues) => {
    const next = new URLSearchParams();
    if (values.keyword?.trim()) next.set('keyword', values.keyword.trim());
    if (values.category) next.set('category', values.category);
    if (values.leadOrgId) next.set('leadOrgId', String(values.leadOrgId));
    setParams(next);
  };

  const onExport = () => {
    if (exporter.isPending) return;
    exporter.mutate(filters, {
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
    });
  };

  const columns: TableColumnsType<AdmissionItem> = [
    { title: t('items.col.listNo'), dataIndex: 'listNo', width: 160 },
    {
      title: t('items.col.itemName'),
      dataIndex: 'itemName',
      render: (v: string, r) => <Link to={paths.admissionItem.getHref(r.id)}>{v}</Link>,
    },
    { title: t('items.col.category'), dataIndex: 'category', render: (v: string) => <CategoryTag category={v} /> },
    { title: t('items.col.leadOrg'), dataIndex: 'leadOrgName' },
    { title: t('items.col.effectiveDate'), dataIndex: 'effectiveDate', render: (v: string | null) => formatDate(v) },
    {
      title: t('items.col.expiryDate'),
      dataIndex: 'expiryDate',
      render: (v: string | null) => (v ? formatDate(v) : t('items.longTerm')),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('items.title')}
        extra={
          <Button icon={<DownloadOutlined aria-hidden />} onClick={onExport} loading={exporter.isPending}>
            {t('items.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form
          form={form}
          name="itemFilters"
          layout="inline"
          initialValues={{
            keyword: filters.keyword ?? undefined,
            category: filters.category ?? undefined,
            leadOrgId: filters.leadOrgId ?? undefined,
          }}
          onFinish={apply}
          className="filter-form"
        >
          <Form.Item name="keyword" label={t('common.keyword')}>
            <Input allowClear placeholder={t('applications.keywordPlaceholder')} />
          </Form.Item>
          <Form.Item name="category" label={t('items.col.category')}>
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('items.categoryPlaceholder')}
              options={enumOptions(CATEGORIES, categoryLabel, t)}
            />
          </Form.Item>
          <Form.Item name="leadOrgId" label={t('items.col.leadOrg')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 200 }}
              placeholder={t('items.leadOrgPlaceholder')}
              loading={orgs.isPending}
              options={orgOptions(orgs.data, (o) => o.type !== 'TOWNSHIP' && o.type !== 'VILLAGE')}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
          <Form.Item>
            <Button
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ keyword: undefined, category: undefined, leadOrgId: undefined });
                setParams(new URLSearchParams());
              }}
            >
              {t('common.reset')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <PagedTable<AdmissionItem>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('items.empty')}
          scrollX={800}
        />
      </Card>
    </>
  );
}
