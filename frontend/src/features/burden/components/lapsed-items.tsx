import { Card, Flex, Tag, Typography } from 'antd';
import { enumLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useBurdenI18n } from '../i18n';
import { LAPSED_STATUSES, type LapsedItem } from '../types';

const COLORS: Record<string, string> = { WITHDRAWN: 'default', EXPIRED: 'orange' };

/**
 * 已失效的事项: what applied to the village and has left the list (withdrawn by a review, or expired
 * before its review finished), so that a cadre knows it may be refused. A plain list that fits a
 * phone; nothing at all when none lapsed.
 */
export function LapsedItems({ items }: { items: readonly LapsedItem[] | undefined }) {
  const { t } = useBurdenI18n();
  if (!items?.length) return null;
  return (
    <Card title={t('burden.lapsed.title')} data-testid="village-lapsed">
      <Typography.Paragraph type="secondary">{t('burden.lapsed.intro')}</Typography.Paragraph>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} className="plain-list-item">
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{item.itemName}</Typography.Text>
              <Tag color={COLORS[item.status] ?? 'default'}>
                {enumLabel(t, 'burden.lapsed', LAPSED_STATUSES, item.status)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {[item.listNo, item.leadOrgName, t('burden.lapsed.since', { date: formatDate(item.since) })]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
