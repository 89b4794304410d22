import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Empty, Tag, Timeline, Typography } from 'antd';
import { StepBar } from '@/components/ui/step-bar';
import { clueCategoryLabel, clueStatusColor, clueStatusLabel, ratingLabel } from '@/lib/enums';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { usePortalI18n } from '../i18n';
import type { PublicClueView } from '../types';
import { outcomeText } from '../utils/outcome-text';

/**
 * What the reporter may see of their clue: the step bar (steps, dates and units, never a person),
 * status, the office's answers, their own additions and files.
 */
export function ClueView({ view }: { view: PublicClueView }) {
  const { t } = usePortalI18n();
  return (
    <Card title={t('track.resultTitle', { clueNo: view.clueNo })} data-testid="public-clue-view">
      <StepBar milestones={view.milestones} />
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('common.status')}>
          <Tag color={clueStatusColor(view.status)}>{clueStatusLabel(t, view.status) || view.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('clueForm.category')}>
          {clueCategoryLabel(t, view.category) || view.categoryLabel}
        </Descriptions.Item>
        <Descriptions.Item label={t('track.submittedAt')}>{formatDateTime(view.submittedAt)}</Descriptions.Item>
        {view.closedAt ? (
          <Descriptions.Item label={t('track.closedAt')}>{formatDateTime(view.closedAt)}</Descriptions.Item>
        ) : null}
        {view.outcome ? (
          <Descriptions.Item label={t('track.outcome')}>{outcomeText(t, view.outcome)}</Descriptions.Item>
        ) : null}
        {view.mergedIntoClueNo ? (
          <Descriptions.Item label={t('track.mergedInto')}>{view.mergedIntoClueNo}</Descriptions.Item>
        ) : null}
        {view.rating ? (
          <Descriptions.Item label={t('track.myRating')}>
            {view.ratingComment
              ? t('common.labelled', { label: ratingLabel(t, view.rating), value: view.ratingComment })
              : ratingLabel(t, view.rating)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('track.messages')}
      </Typography.Title>
      {view.messages.length ? (
        <Timeline
          items={view.messages.map((m) => ({
            key: m.id,
            color: m.kind === 'REPLY' ? 'green' : 'blue',
            content: (
              <div className="history-entry" data-testid={m.kind === 'REPLY' ? 'office-reply' : 'my-supplement'}>
                <Typography.Text strong>
                  {m.kind === 'REPLY' ? t('track.reply') : t('track.supplement')}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">{formatDateTime(m.at)}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {m.content}
                </Typography.Paragraph>
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('track.noMessages')} />
      )}
      {view.files.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('portal.myFiles')}
          </Typography.Title>
          <ul className="plain-list">
            {view.files.map((f) => (
              <li key={`${f.fileName}-${f.uploadedAt}`} className="plain-list-item">
                <PaperClipOutlined aria-hidden /> {f.fileName}{' '}
                <Typography.Text type="secondary">
                  {formatFileSize(f.size)} · {formatDateTime(f.uploadedAt)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.status === 'RATING' && !view.canRate ? (
        <Alert type="info" showIcon title={t('track.ratingClosed')} />
      ) : null}
    </Card>
  );
}
