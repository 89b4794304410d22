import { LapsedList } from '@/components/ui/lapsed-list';
import { enumLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useAdmissionListI18n } from '../i18n';
import { LAPSED_STATUSES, type LapsedHit } from '../types';

/**
 * 已不在清单上的相关事项: entries matching the search that a review withdrew or that expired, with the
 * day since when, so that a cadre holding such a task knows it may be refused. Nothing when none.
 */
export function LapsedHits({ items }: { items: readonly LapsedHit[] | undefined }) {
  const { t } = useAdmissionListI18n();
  return (
    <LapsedList
      small
      title={t('lookup.lapsed')}
      intro={t('lookup.lapsedNote')}
      testId="lapsed-items"
      entries={(items ?? []).map((item) => ({
        id: item.id,
        name: item.itemName,
        status: item.status,
        statusLabel: enumLabel(t, 'lookup.lapsedStatus', LAPSED_STATUSES, item.status),
        details: [item.listNo, item.leadOrgName, t('lookup.lapsedSince', { date: formatDate(item.since) })]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
