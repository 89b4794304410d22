import { Tag } from 'antd';
import { categoryColor, categoryLabel } from '@/lib/enums';
import { useI18n } from '@/lib/i18n';

export function CategoryTag({ category }: { category: string | null | undefined }) {
  const { t } = useI18n();
  if (!category) return null;
  return <Tag color={categoryColor(category)}>{categoryLabel(t, category)}</Tag>;
}
