import { LapsedList } from '@/components/ui/lapsed-list';
import { enumLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useBurdenI18n } from '../i18n';
import { LAPSED_STATUSES, type LapsedItem } from '../types';

/**
 * 已失效的事项: what applied to the village and has left the list (withdrawn by a review, or expired
 * before its review finished), so that a cadre knows it may be refused; nothing when none lapsed.
 */
export function LapsedItems({ items }: { items: readonly LapsedItem[] | undefined }) {
  const { t } = useBurdenI18n();
  return (
    <LapsedList
      title={t('burden.lapsed.title')}
      intro={t('burden.lapsed.intro')}
      testId="village-lapsed"
      entries={(items ?? []).map((item) => ({
        id: item.id,
        name: item.itemName,
        status: item.status,
        statusLabel: enumLabel(t, 'burden.lapsed', LAPSED_STATUSES, item.status),
        details: [item.listNo, item.leadOrgName, t('burden.lapsed.since', { date: formatDate(item.since) })]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
