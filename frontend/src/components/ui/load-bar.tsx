import { Progress } from 'antd';
import { useI18n } from '@/lib/i18n';
import { LOAD_COLORS, loadLevel, ratioPercent } from '@/lib/load';

/** A load ratio as a small bar coloured by level (green, orange, red over capacity), with the percentage. */
export function LoadBar({ ratio }: { ratio: number | null | undefined }) {
  const { t } = useI18n();
  const level = loadLevel(ratio);
  if (level === null || ratio === null || ratio === undefined) return <span>—</span>;
  return (
    <Progress
      percent={Math.min(100, Math.max(0, ratio * 100))}
      size="small"
      status="normal"
      strokeColor={LOAD_COLORS[level]}
      format={() => ratioPercent(ratio)}
      style={{ minWidth: 120, marginBottom: 0 }}
      data-level={level}
      // the bar is a progressbar: it needs a name of its own (axe: aria-progressbar-name)
      aria-label={t('common.loadRatio', { value: ratioPercent(ratio) })}
    />
  );
}
