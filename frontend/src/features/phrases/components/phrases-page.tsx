import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';
import {
  useAddPhrase,
  useChangePhrase,
  usePhrases,
  useRemovePhrase,
  useReorderPhrases,
  type Phrase,
} from '@/lib/phrases';
import { charLimit, PHRASE_TEXT } from '@/lib/text-limits';

/** 我的常用意见: add, edit, order and delete the phrases offered beside every decision comment. */
export function PhrasesPage() {
  const { t } = useI18n();
  const message = useNotify();
  const phrases = usePhrases();
  const add = useAddPhrase();
  const change = useChangePhrase();
  const remove = useRemovePhrase();
  const reorder = useReorderPhrases();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);

  const failed = (e: unknown) => message.error(e instanceof ApiError ? e.message : t('error.subtitle'));
  const list = phrases.data ?? [];

  const onAdd = () => {
    if (!draft.trim() || add.isPending) return;
    add.mutate(draft.trim(), { onSuccess: () => setDraft(''), onError: failed });
  };
  const onSaveEdit = () => {
    if (!editing || !editing.text.trim() || change.isPending) return;
    change.mutate(
      { id: editing.id, text: editing.text.trim() },
      { onSuccess: () => setEditing(null), onError: failed },
    );
  };
  const move = (index: number, by: -1 | 1) => {
    const ids = list.map((p) => p.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    reorder.mutate(ids, { onError: failed });
  };

  const row = (p: Phrase, index: number) =>
    editing?.id === p.id ? (
      <List.Item>
        <Flex vertical gap={8} style={{ width: '100%' }}>
          <Input.TextArea
            autoFocus
            rows={2}
            value={editing.text}
            count={charLimit(PHRASE_TEXT)}
            aria-label={t('phrases.edit')}
            onChange={(e) => setEditing({ id: p.id, text: e.target.value })}
          />
          <Space>
            <Button size="small" type="primary" loading={change.isPending} onClick={onSaveEdit}>
              {t('phrases.saveEdit')}
            </Button>
            <Button size="small" onClick={() => setEditing(null)}>
              {t('phrases.cancel')}
            </Button>
          </Space>
        </Flex>
      </List.Item>
    ) : (
      <List.Item
        actions={[
          <Button
            key="up"
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={t('phrases.moveUp')}
            title={t('phrases.moveUp')}
            disabled={index === 0 || reorder.isPending}
            onClick={() => move(index, -1)}
          />,
          <Button
            key="down"
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={t('phrases.moveDown')}
            title={t('phrases.moveDown')}
            disabled={index === list.length - 1 || reorder.isPending}
            onClick={() => move(index, 1)}
          />,
          <Button key="edit" size="small" type="link" onClick={() => setEditing({ id: p.id, text: p.text })}>
            {t('phrases.edit')}
          </Button>,
          <Popconfirm
            key="remove"
            title={t('phrases.removeConfirm')}
            onConfirm={() => remove.mutate(p.id, { onError: failed })}
          >
            <Button size="small" type="link" danger>
              {t('phrases.remove')}
            </Button>
          </Popconfirm>,
        ]}
      >
        <Typography.Text style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>{p.text}</Typography.Text>
      </List.Item>
    );

  return (
    <>
      <PageHeader title={t('phrases.manageTitle')} />
      <Card>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('phrases.manageHint')}</Typography.Text>
          <Flex gap={8} wrap>
            <Input.TextArea
              rows={2}
              style={{ flex: '1 1 240px' }}
              value={draft}
              placeholder={t('phrases.placeholder')}
              aria-label={t('phrases.placeholder')}
              count={charLimit(PHRASE_TEXT)}
              onChange={(e) => setDraft(e.target.value)}
            />
            <Button type="primary" loading={add.isPending} disabled={!draft.trim()} onClick={onAdd}>
              {t('phrases.add')}
            </Button>
          </Flex>
          {phrases.isError ? (
            <QueryError error={phrases.error} onRetry={() => void phrases.refetch()} />
          ) : (
            <List
              loading={phrases.isPending}
              dataSource={list}
              rowKey="id"
              locale={{ emptyText: <Empty description={t('phrases.none')} /> }}
              renderItem={row}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
