import { Card, Space, Tag, type TableColumnsType } from 'antd';
import { KeywordSearch } from '@/components/ui/keyword-search';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';

import { formatDateTime } from '@/lib/format';
import { useAdminI18n } from '../i18n';
import { roleLabel } from '../enums';
import { useUrlParams } from '@/lib/url-params';
import { useUsers } from '../api/get-users';
import type { User } from '../types';
import { NewButton, useEditColumn, useEditing } from './editing';
import { UserModal } from './user-modal';

export function UsersPage() {
  const { t } = useAdminI18n();
  const { params, setParams, paging } = useUrlParams();
  const keyword = params.get('keyword') ?? '';
  const { page, size } = paging;
  const query = useUsers({ page, size, keyword: keyword || null });
  const editing = useEditing<User>();
  const editColumn = useEditColumn<User>(editing.edit, (r) => r.username);

  const columns: TableColumnsType<User> = [
    { title: t('admin.username'), dataIndex: 'username' },
    { title: t('admin.displayName'), dataIndex: 'displayName' },
    { title: t('admin.org'), dataIndex: 'orgName' },
    {
      title: t('admin.roles'),
      dataIndex: 'roles',
      render: (roles: string[]) => (
        <Space size={[0, 4]} wrap>
          {roles.map((r) => (
            <Tag key={r}>{roleLabel(t, r)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'enabled',
      render: (v: boolean) => (v ? <Tag color="green">{t('admin.enabled')}</Tag> : <Tag>{t('admin.disabled')}</Tag>),
    },
    { title: t('admin.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    editColumn,
  ];

  return (
    <>
      <PageHeader
        title={t('admin.usersTitle')}
        extra={<NewButton onClick={editing.create}>{t('admin.newUser')}</NewButton>}
      />
      <Card>
        <KeywordSearch
          style={{ maxWidth: 360, marginBottom: 16 }}
          initial={keyword}
          onSearch={(k) => setParams(k ? { keyword: k } : {})}
          placeholder={t('admin.userKeyword')}
        />
        <PagedTable<User>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('admin.usersEmpty')}
          scrollX={900}
        />
      </Card>
      <UserModal open={editing.open} user={editing.item} onClose={editing.close} />
    </>
  );
}
