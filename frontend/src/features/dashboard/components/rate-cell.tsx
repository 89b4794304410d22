import { Flex, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useDashboardI18n } from '../i18n';
import type { Rate } from '../types';
import { percent } from '../utils/drill';

/**
 * A rate with its numerator and denominator, each a link to the list behind it: the percentage
 * and the denominator open the clues the rate is about, the numerator those it counts.
 */
export function RateCell({
  rate,
  partHref,
  wholeHref,
  rank,
  testId,
}: {
  rate: Rate;
  partHref: string;
  wholeHref: string;
  rank?: string;
  testId?: string;
}) {
  const { t } = useDashboardI18n();
  return (
    <Flex vertical gap={0} data-testid={testId}>
      {rate.whole === 0 ? (
        <Tooltip title={t('dash.noRate')}>
          <Typography.Text type="secondary">—</Typography.Text>
        </Tooltip>
      ) : (
        <Link to={wholeHref}>{percent(rate)}</Link>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <Link to={partHref}>{rate.part}</Link> / <Link to={wholeHref}>{rate.whole}</Link>
        {rank ? ` · ${rank}` : null}
      </Typography.Text>
    </Flex>
  );
}
