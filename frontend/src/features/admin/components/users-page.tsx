import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { roleLabel } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useUsers } from '../api/get-users';
import type { User } from '../types';
import { UserModal } from './user-modal';

export function UsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const keyword = params.get('keyword') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(100, Math.max(1, Number(params.get('size')) || 20));
  const query = useUsers({ page, size, keyword: keyword || null });
  const [editing, setEditing] = useState<User | null>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(keyword);

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
          aria-label={`${t('common.edit')} ${r.username}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.usersTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            {t('admin.newUser')}
          </Button>
        }
      />
      <Card>
        <Input.Search
          style={{ maxWidth: 360, marginBottom: 16 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => setParams(v.trim() ? { keyword: v.trim() } : {})}
          placeholder={t('admin.userKeyword')}
          aria-label={t('common.keyword')}
          enterButton={t('common.search')}
          allowClear
        />
        {query.isError && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={query.data?.items ?? []}
            loading={query.isPending || query.isFetching}
            locale={{ emptyText: <Empty description={t('admin.usersEmpty')} /> }}
            scroll={{ x: 900 }}
            pagination={{
              current: page,
              pageSize: size,
              total: query.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => {
                const next = new URLSearchParams(params);
                next.set('page', String(s !== size ? 1 : p));
                next.set('size', String(s));
                setParams(next);
              },
            }}
          />
        )}
      </Card>
      <UserModal open={open} user={editing} onClose={() => setOpen(false)} />
    </>
  );
}
