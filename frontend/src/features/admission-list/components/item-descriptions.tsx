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

type Translate = ReturnType<typeof useAdmissionListI18n>['t'];

/**
 * 全部村(社区), or the chosen townships' villages and the villages chosen one by one; '' when the item has no scope
 * (registered outside the platform).
 */
export function scopeText(
  t: Translate,
  item: Pick<AdmissionItem, 'targetScope' | 'targetTownshipNames' | 'targetVillageNames'>,
): string {
  if (item.targetScope === 'ALL') return t('items.scopeAll');
  if (item.targetScope !== 'SELECTED') return '';
  const sep = t('common.separator');
  const townships = item.targetTownshipNames ?? [];
  const villages = item.targetVillageNames ?? [];
  const parts = [
    ...(townships.length ? [t('items.scopeSelected', { names: townships.join(sep) })] : []),
    ...(villages.length ? [t('items.scopeVillages', { names: villages.join(sep) })] : []),
  ];
  return parts.join(t('items.scopeJoin'));
}

/** Hours per village per month, as typed (no trailing zeros); '' when unknown. */
export function workloadText(t: Translate, hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '' : t('items.workloadValue', { hours: String(Number(hours)) });
}

/** The cooperating departments' names, from the list or else the joined text. */
export function cooperatingText(t: Translate, item: Pick<AdmissionItem, 'cooperatingOrgNames' | 'cooperatingOrgs'>) {
  return item.cooperatingOrgNames?.length
    ? item.cooperatingOrgNames.join(t('common.separator'))
    : item.cooperatingOrgs || '';
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
      children: cooperatingText(t, item) || '—',
    },
    { key: 'scope', label: t('items.scope'), children: scopeText(t, item) || '—' },
    { key: 'workload', label: t('items.workload'), children: workloadText(t, item.workloadHoursPerMonth) || '—' },
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
