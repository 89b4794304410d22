import { CheckCircleTwoTone } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { paths } from '@/config/paths';
import { frequencyLabel } from '@/lib/enums';
import { useAdmissionListI18n } from '../i18n';
import type { ItemHit } from '../types';
import { highlight } from '../utils/highlight';
import { cooperatingText, scopeText, validityText } from './item-descriptions';

/** One admitted item in the public lookup: what, where, who, how much and until when. */
export function ItemCard({ item }: { item: ItemHit }) {
  const { t } = useAdmissionListI18n();
  const labelled = (label: string, value: string) => t('common.labelled', { label, value: value || '—' });
  const frequency = frequencyLabel(t, item.frequency);
  const hours = item.workloadHoursPerMonth;
  const workload =
    hours === null || hours === undefined
      ? frequency
      : t('items.workloadAndFrequency', { hours: String(Number(hours)), frequency: frequency || '—' });
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} className="item-card">
      <Typography.Text type="secondary">
        <CheckCircleTwoTone aria-hidden twoToneColor="#52c41a" /> {labelled(t('items.col.listNo'), item.listNo)}
      </Typography.Text>
      <Link to={paths.publicLookupItem.getHref(item.id)} style={{ fontSize: 16, fontWeight: 500 }}>
        {highlight(item.itemName, item.matchedTerms)}
      </Link>
      <Space wrap size={4}>
        <CategoryTag category={item.category} />
        <Typography.Text data-testid="item-scope">{labelled(t('items.scope'), scopeText(t, item))}</Typography.Text>
      </Space>
      <Typography.Text>{labelled(t('items.col.leadOrg'), item.leadOrgName ?? '')}</Typography.Text>
      <Typography.Text>{labelled(t('items.cooperatingOrgs'), cooperatingText(t, item))}</Typography.Text>
      <Typography.Text>{labelled(t('items.workload'), workload)}</Typography.Text>
      <Typography.Text type="secondary">
        {labelled(t('items.validity'), validityText(item, t('items.longTerm')))}
      </Typography.Text>
    </Space>
  );
}
