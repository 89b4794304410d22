import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CategoryTag } from '@/components/ui/category-tag';
import { frequencyLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useAdmissionListI18n } from '../i18n';
import type { AdmissionItem } from '../types';

export function validityText(item: Pick<AdmissionItem, 'effectiveDate' | 'expiryDate'>, longTerm: string): string {
  const from = formatDate(item.effectiveDate);
  const to = item.expiryDate ? formatDate(item.expiryDate) : longTerm;
  return from ? `${from} ~ ${to}` : to;
}

const FULL = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };

const multiline = (v: string | null | undefined): ReactNode =>
  v ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v}</Typography.Paragraph> : '—';

/** All fields of an admitted item; `extra` rows are appended (e.g. the source application link). */
export function ItemDescriptions({
  item,
  extra,
}: {
  item: AdmissionItem;
  extra?: { label: string; children: ReactNode }[];
}) {
  const { t } = useAdmissionListI18n();
  const rows = [
    { key: 'listNo', label: t('items.col.listNo'), children: item.listNo },
    { key: 'itemName', label: t('items.col.itemName'), children: item.itemName },
    { key: 'category', label: t('items.col.category'), children: <CategoryTag category={item.category} /> },
    { key: 'leadOrg', label: t('items.col.leadOrg'), children: item.leadOrgName ?? '—' },
    {
      key: 'coop',
      label: t('items.cooperatingOrgs'),
      children: item.cooperatingOrgNames?.length ? item.cooperatingOrgNames.join(t('common.separator')) : '—',
    },
    { key: 'frequency', label: t('items.frequency'), children: frequencyLabel(t, item.frequency) || '—' },
    { key: 'effective', label: t('items.col.effectiveDate'), children: formatDate(item.effectiveDate) || '—' },
    { key: 'expiry', label: t('items.col.expiryDate'), children: formatDate(item.expiryDate) || t('items.longTerm') },
    { key: 'legalBasis', label: t('items.legalBasis'), children: multiline(item.legalBasis), span: FULL },
    { key: 'content', label: t('items.content'), children: multiline(item.content), span: FULL },
    {
      key: 'standard',
      label: t('items.performanceStandard'),
      children: multiline(item.performanceStandard),
      span: FULL,
    },
    ...(extra ?? []).map((e, i) => ({ key: `extra-${i}`, ...e })),
  ];
  return <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} items={rows} size="middle" />;
}
