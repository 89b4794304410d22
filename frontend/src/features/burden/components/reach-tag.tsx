import { Tag } from 'antd';
import { enumLabel } from '@/lib/enums';
import { useBurdenI18n } from '../i18n';
import { REACHES } from '../types';

const COLORS: Record<(typeof REACHES)[number], string> = { COUNTY: 'blue', TOWNSHIP: 'cyan', VILLAGE: 'purple' };

/** Why an item applies to the village: 全县 / 所属乡镇 / 本村. */
export function ReachTag({ reach }: { reach: string }) {
  const { t } = useBurdenI18n();
  const color = reach in COLORS ? COLORS[reach as keyof typeof COLORS] : 'default';
  return <Tag color={color}>{enumLabel(t, 'burden.reach', REACHES, reach)}</Tag>;
}
