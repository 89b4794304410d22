import { Card, Input, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { orgTypeLabel } from '@/lib/enums';
import { useAdminI18n } from '../i18n';
import { useOrgs, type Org } from '@/lib/orgs';
import { NewButton, useEditColumn, useEditing } from './editing';
import { OrgModal } from './org-modal';

export function OrgsPage() {
  const { t } = useAdminI18n();
  const query = useOrgs();
  const editing = useEditing<Org>();
  const editColumn = useEditColumn<Org>(editing.edit, (r) => r.name);
  const [keyword, setKeyword] = useState('');
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const orgs = useMemo(() => query.data ?? [], [query.data]);
  const nameById = useMemo(() => new Map(orgs.map((o) => [o.id, o.name])), [orgs]);
  const shown = useMemo(() => {
    const k = keyword.trim().toLowerCase();
    return k ? orgs.filter((o) => o.name.toLowerCase().includes(k) || o.code.toLowerCase().includes(k)) : orgs;
  }, [orgs, keyword]);
  // all organisations come in one list: filter and page them here
  const table = { ...query, data: query.data ? { items: shown, total: shown.length } : undefined };

  const columns: TableColumnsType<Org> = [
    { title: t('admin.orgCode'), dataIndex: 'code' },
    { title: t('admin.orgName'), dataIndex: 'name' },
    { title: t('admin.orgType'), dataIndex: 'type', render: (v: string) => <Tag>{orgTypeLabel(t, v)}</Tag> },
    {
      title: t('admin.orgParent'),
      dataIndex: 'parentId',
      render: (v: number | null) => (v ? (nameById.get(v) ?? v) : ''),
    },
    editColumn,
  ];

  return (
    <>
      <PageHeader
        title={t('admin.orgsTitle')}
        extra={<NewButton onClick={editing.create}>{t('admin.newOrg')}</NewButton>}
      />
      <Card>
        <Input
          style={{ maxWidth: 360, marginBottom: 16 }}
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          placeholder={t('common.keyword')}
          aria-label={t('common.keyword')}
          allowClear
        />
        <PagedTable<Org>
          query={table}
          columns={columns}
          rowKey="id"
          {...paging}
          onPageChange={(page, size) => setPaging({ page, size })}
          emptyText={t('admin.orgsEmpty')}
          scrollX={700}
        />
      </Card>
      <OrgModal open={editing.open} org={editing.item} orgs={orgs} onClose={editing.close} />
    </>
  );
}
