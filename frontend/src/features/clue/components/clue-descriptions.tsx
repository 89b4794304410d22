import { Descriptions, Grid, Tag, Typography } from 'antd';
import { clueCategoryLabel, ratingLabel } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useClueI18n } from '../i18n';
import { clueSourceLabel } from '../enums';
import type { ClueDetail } from '../types';
import { hoursBetween } from '../utils/first-response';
import { FirstResponse } from './first-response';

/** What was reported; the reporter's name and phone only when the server sends them (office, verifiers). */
export function ClueDescriptions({ clue }: { clue: ClueDetail }) {
  const { t } = useClueI18n();
  const r = clue.reporter;
  // on a phone the label goes above its value, so neither is squeezed to a character per line
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" layout={phone ? 'vertical' : 'horizontal'}>
      <Descriptions.Item label={t('clue.col.clueNo')}>{clue.clueNo}</Descriptions.Item>
      <Descriptions.Item label={t('clueForm.category')}>{clueCategoryLabel(t, clue.category)}</Descriptions.Item>
      <Descriptions.Item label={t('clue.col.source')}>{clueSourceLabel(t, clue.source)}</Descriptions.Item>
      <Descriptions.Item label={t('clue.col.createdAt')}>{formatDateTime(clue.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('clueForm.reportedOrg')}>
        {clue.reportedOrgName ?? clue.reportedUnitText ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('clueForm.place')}>{clue.place || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('clueForm.occurredWhen')}>{clue.occurredWhen || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('clue.dual')}>
        {clue.dualAssigned ? <Tag color="volcano">{t('clue.dualYes')}</Tag> : t('common.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('clue.firstResponse')} span={2}>
        <FirstResponse at={clue.firstResponseAt} hours={hoursBetween(clue.createdAt, clue.firstResponseAt)} />
      </Descriptions.Item>
      <Descriptions.Item label={t('clueForm.description')} span={2}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {clue.description}
        </Typography.Paragraph>
      </Descriptions.Item>
      {r ? (
        <Descriptions.Item label={t('clue.reporter')} span={2}>
          {r.anonymous ? (
            <Tag>{t('clue.anonymous')}</Tag>
          ) : (
            <span data-testid="reporter">
              {r.name || '—'} {r.phone ? `· ${r.phone}` : ''}
            </span>
          )}
        </Descriptions.Item>
      ) : null}
      {clue.notAcceptedReason ? (
        <Descriptions.Item label={t('clue.notAcceptedReason')} span={2}>
          {clue.notAcceptedReason}
        </Descriptions.Item>
      ) : null}
      {clue.mergedIntoClueNo ? (
        <Descriptions.Item label={t('track.mergedInto')} span={2}>
          {clue.mergedIntoClueNo}
        </Descriptions.Item>
      ) : null}
      {clue.reply ? (
        <Descriptions.Item label={t('track.reply')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{clue.reply}</Typography.Paragraph>
          <Typography.Text type="secondary">{formatDateTime(clue.repliedAt)}</Typography.Text>
        </Descriptions.Item>
      ) : null}
      {clue.rating ? (
        <Descriptions.Item label={t('track.rating')} span={2}>
          <Tag color={clue.rating === 'SATISFIED' ? 'green' : 'red'}>{ratingLabel(t, clue.rating)}</Tag>
          {clue.ratingVia === 'CALLBACK' ? <Tag color="blue">{t('clue.ratingVia.CALLBACK')}</Tag> : null}
          {clue.ratingComment}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
