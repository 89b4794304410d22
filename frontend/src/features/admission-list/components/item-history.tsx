import { Alert, Collapse, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { useItemHistory } from '../api/get-item-history';
import { useAdmissionListI18n } from '../i18n';
import type { ItemVersion } from '../types';
import { workloadText } from './item-descriptions';

const multiline = (v: string | null | undefined): ReactNode =>
  v ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v}</Typography.Paragraph> : '—';

/**
 * 第N版 of an item and, when a review changed it before, its 修订记录: each earlier version's dates and
 * text, folded away. Nothing is shown while it loads or if it cannot be loaded (the item itself is).
 */
export function ItemHistoryPanel({ itemId }: { itemId: number | string }) {
  const { t } = useAdmissionListI18n();
  const query = useItemHistory(itemId);
  if (!query.data) return null;
  const { versionNo, withdrawnOn, versions } = query.data;
  return (
    <Flex vertical gap={12} style={{ marginTop: 16 }}>
      <div>
        <Tag color="blue">{t('items.version', { no: versionNo })}</Tag>
        {versions.length ? (
          <Typography.Text type="secondary">{t('items.revisionCount', { count: versions.length })}</Typography.Text>
        ) : null}
      </div>
      {withdrawnOn ? (
        <Alert type="warning" showIcon title={t('items.withdrawnOn', { date: formatDate(withdrawnOn) })} />
      ) : null}
      {versions.length ? (
        <Collapse
          items={[
            {
              key: 'revisions',
              label: t('items.revisions'),
              children: (
                <Flex vertical gap={16}>
                  {versions.map((v) => (
                    <VersionText key={v.versionNo} version={v} />
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

function VersionText({ version }: { version: ItemVersion }) {
  const { t } = useAdmissionListI18n();
  const range = t('items.revisionRange', {
    from: formatDate(version.effectiveDate) || '—',
    to: formatDate(version.replacedOn) || '—',
  });
  return (
    <section aria-label={t('items.version', { no: version.versionNo })}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('items.version', { no: version.versionNo })}
        <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
          {range}
        </Typography.Text>
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('items.col.itemName'), children: version.itemName },
          { key: 'content', label: t('items.content'), children: multiline(version.content) },
          { key: 'standard', label: t('items.performanceStandard'), children: multiline(version.performanceStandard) },
          {
            key: 'workload',
            label: t('items.workload'),
            children: workloadText(t, version.workloadHoursPerMonth) || '—',
          },
        ]}
      />
    </section>
  );
}
