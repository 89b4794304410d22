import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { orgTypeLabel } from '@/lib/enums';
import { useI18n } from '@/lib/i18n';
import { useOrgs, type Org } from '@/lib/orgs';
import { OrgModal } from './org-modal';

export function OrgsPage() {
  const { t } = useI18n();
  const query = useOrgs();
  const [editing, setEditing] = useState<Org | null>(null);
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState('');
  const orgs = useMemo(() => query.data ?? [], [query.data]);
  const nameById = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const shown = useMemo(() => {
    const k = keyword.trim().toLowerCase();
    return k ? orgs.filter((o) => o.name.toLowerCase().includes(k) || o.code.toLowerCase().includes(k)) : orgs;
  }, [orgs, keyword]);

  const columns: TableColumnsType<Org> = [
    { title: t('admin.orgCode'), dataIndex: 'code' },
    { title: t('admin.orgName'), dataIndex: 'name' },
    { title: t('admin.orgType'), dataIndex: 'type', render: (v: string) => <Tag>{orgTypeLabel(t, v)}</Tag> },
    { title: t('admin.orgParent'), dataIndex: 'parentId', render: (v: number | null) => (v ? nameById.get(v) ?? v : '') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_v, r) => (
        <Button
          type="link"
          onClick={() => {
            setEditing(r);
            setOpen(true);
          }}
          aria-label={`${t('common.edit')} ${r.name}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.orgsTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('admin.newOrg')}
          </Button>
        }
      />
      <Card>
        <Input
          style={{ maxWidth: 360, marginBottom: 16 }}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          placeholder={t('common.keyword')}
          aria-label={t('common.keyword')}
          allowClear
        />
        {query.isError && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<Org>
            rowKey="id"
            columns={columns}
            dataSource={shown}
            loading={query.isPending || query.isFetching}
            locale={{ emptyText: <Empty description={t('admin.orgsEmpty')} /> }}
            scroll={{ x: 700 }}
            pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          />
        )}
      </Card>
      <OrgModal open={open} org={editing} orgs={orgs} onClose={() => setOpen(false)} />
    </>
  );
}
