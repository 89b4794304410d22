import { Alert, Button, Card, Input, Popconfirm, Space, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useAdminI18n } from '../i18n';
import { useDeleteSynonym } from '../api/delete-synonym';
import { useSynonyms } from '../api/get-synonyms';
import type { SynonymGroup } from '../types';
import { NewButton, useEditing } from './editing';
import { SynonymModal } from './synonym-modal';

/** 同义词: the groups of words the search treats as one (ADMIN, OFFICE). */
export function SynonymsPage() {
  const { t } = useAdminI18n();
  const message = useNotify();
  const query = useSynonyms();
  const remove = useDeleteSynonym();
  const editing = useEditing<SynonymGroup>();
  const [keyword, setKeyword] = useState('');
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const shown = useMemo(() => {
    const groups = query.data ?? [];
    const k = keyword.trim().toLowerCase();
    return k ? groups.filter((g) => g.terms.some((term) => term.toLowerCase().includes(k))) : groups;
  }, [query.data, keyword]);
  // all groups come in one list: filter and page them here
  const table = { ...query, data: query.data ? { items: shown, total: shown.length } : undefined };

  const name = (g: SynonymGroup) => g.terms.join(t('common.separator'));
  const onDelete = (g: SynonymGroup) =>
    remove.mutate(g.id, {
      onSuccess: () => message.success(t('admin.deleted')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('api.actionFailed')),
    });

  const columns: TableColumnsType<SynonymGroup> = [
    {
      title: t('admin.synonymTerms'),
      dataIndex: 'terms',
      render: (terms: string[]) => (
        <Space size={[0, 4]} wrap>
          {terms.map((term) => (
            <Tag key={term} color="blue">
              {term}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('admin.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      // on a phone the words and the actions take the width
      responsive: ['sm'],
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_v, g) => (
        <Space size={0}>
          <Button type="link" onClick={() => editing.edit(g)} aria-label={`${t('common.edit')} ${name(g)}`}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('admin.synonymsDeleteConfirm')}
            description={t('admin.synonymsDeleteHint')}
            onConfirm={() => onDelete(g)}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
          >
            <Button type="link" danger aria-label={`${t('common.delete')} ${name(g)}`}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('admin.synonymsTitle')}
        extra={<NewButton onClick={editing.create}>{t('admin.newSynonyms')}</NewButton>}
      />
      <Alert type="info" showIcon title={t('admin.synonymsIntro')} style={{ marginBottom: 16 }} />
      <Card>
        <Input
          style={{ maxWidth: 360, marginBottom: 16 }}
          value={keyword}
          onChange={(e) => {
            setKeyword(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          placeholder={t('admin.synonymsKeyword')}
          aria-label={t('admin.synonymsKeyword')}
          allowClear
        />
        <PagedTable<SynonymGroup>
          query={table}
          columns={columns}
          rowKey="id"
          {...paging}
          onPageChange={(page, size) => setPaging({ page, size })}
          emptyText={t('admin.synonymsEmpty')}
          scrollX={280}
        />
      </Card>
      <SynonymModal open={editing.open} group={editing.item} onClose={editing.close} />
    </>
  );
}
