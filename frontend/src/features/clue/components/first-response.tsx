import { Tag, Typography } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useClueI18n } from '../i18n';

/** 首次响应: the time, 用时 x 小时 since the clue was received or assigned, and whether it was late. */
export function FirstResponse({
  at,
  hours,
  late,
}: {
  at: string | null | undefined;
  hours: number | null;
  late?: boolean;
}) {
  const { t } = useClueI18n();
  if (!at) return <Typography.Text type="secondary">{t('clue.firstResponseNone')}</Typography.Text>;
  return (
    <span data-testid="first-response">
      {hours === null
        ? formatDateTime(at)
        : t('common.parenthesized', { text: formatDateTime(at), note: t('clue.firstResponseTook', { hours }) })}
      {late ? (
        <Tag color="red" style={{ marginLeft: 4 }}>
          {t('clue.firstResponseLate')}
        </Tag>
      ) : null}
    </span>
  );
}
