import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useRecurI18n } from '../i18n';
import { trendOf } from '../utils/drill';

/** The period before's clue count and the change since: more is worse (red), fewer better (green). */
export function TrendCell({ clues, previous }: { clues: number; previous: number | null }) {
  const { t } = useRecurI18n();
  const trend = trendOf(clues, previous);
  if (trend.kind === 'none') {
    return (
      <Tooltip title={t('recur.noPrevious')}>
        <Typography.Text type="secondary" aria-label={t('recur.noPrevious')}>
          —
        </Typography.Text>
      </Tooltip>
    );
  }
  return (
    <Flex gap={6} align="center" wrap>
      <span>{previous}</span>
      {trend.kind === 'new' ? (
        <Tag color="red">{t('recur.trend.new')}</Tag>
      ) : trend.kind === 'flat' ? (
        <Typography.Text type="secondary">{t('recur.trend.flat')}</Typography.Text>
      ) : trend.kind === 'up' ? (
        <Typography.Text type="danger" data-testid="trend">
          <ArrowUpOutlined aria-label={t('recur.trend.up', { pct: trend.pct })} /> {trend.pct}
        </Typography.Text>
      ) : (
        <Typography.Text type="success" data-testid="trend">
          <ArrowDownOutlined aria-label={t('recur.trend.down', { pct: trend.pct })} /> {trend.pct}
        </Typography.Text>
      )}
    </Flex>
  );
}
