import { Card, Flex, Tag, Typography } from 'antd';
import { enumLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useAdmissionListI18n } from '../i18n';
import { LAPSED_STATUSES, type LapsedHit } from '../types';

const COLORS: Record<string, string> = { WITHDRAWN: 'default', EXPIRED: 'orange' };

/**
 * 已不在清单上的相关事项: entries matching the search that a review withdrew or that expired, with the
 * day since when, so that a cadre holding such a task knows it may be refused. Nothing when none.
 */
export function LapsedHits({ items }: { items: readonly LapsedHit[] | undefined }) {
  const { t } = useAdmissionListI18n();
  if (!items?.length) return null;
  return (
    <Card size="small" title={t('lookup.lapsed')} data-testid="lapsed-items">
      <Typography.Paragraph type="secondary">{t('lookup.lapsedNote')}</Typography.Paragraph>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} className="plain-list-item">
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{item.itemName}</Typography.Text>
              <Tag color={COLORS[item.status] ?? 'default'}>
                {enumLabel(t, 'lookup.lapsedStatus', LAPSED_STATUSES, item.status)}
              </Tag>
            </Flex>
            <Typography.Text type="secondary">
              {[item.listNo, item.leadOrgName, t('lookup.lapsedSince', { date: formatDate(item.since) })]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
