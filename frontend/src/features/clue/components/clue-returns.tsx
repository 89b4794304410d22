import { Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useClueI18n } from '../i18n';
import type { ClueReturn, ClueUnit } from '../types';

/** 退单记录: which unit returned the clue, why, who and when, and what the office decided. */
export function ClueReturns({ returns, units }: { returns: ClueReturn[]; units: ClueUnit[] }) {
  const { t } = useClueI18n();
  const unitName = (id: number | null) => units.find((u) => u.id === id)?.orgName ?? t('clueReturns.reassignedUnit');
  return (
    <Timeline
      items={returns.map((r) => ({
        key: r.id,
        color: r.decision === null ? 'orange' : 'gray',
        content: (
          <>
            <Typography.Text strong>{r.orgName}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('clueReturns.returned', { name: r.returnedByName || r.returnedBy, at: formatDateTime(r.returnedAt) })}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{r.reason}</Typography.Paragraph>
            {r.decision === null ? (
              <Tag color="orange" style={{ whiteSpace: 'normal' }}>
                {t('clueReturns.pending')}
              </Tag>
            ) : (
              <>
                <Tag color={r.decision === 'REASSIGN' ? 'blue' : 'default'} style={{ whiteSpace: 'normal' }}>
                  {r.decision === 'REASSIGN'
                    ? t('clueReturns.REASSIGN', { org: unitName(r.reassignedUnitId) })
                    : t('clueReturns.CONTINUE')}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('clueReturns.decided', {
                    name: r.decidedByName ?? r.decidedBy ?? '',
                    at: formatDateTime(r.decidedAt),
                  })}
                </Typography.Text>
              </>
            )}
          </>
        ),
      }))}
    />
  );
}
