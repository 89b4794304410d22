import { Descriptions, Tag, Typography } from 'antd';
import { formatHours } from '@/lib/format';
import { useListReviewI18n } from '../i18n';
import type { ReviewDetail } from '../types';
import { proposalLabel } from '../utils/review-text';

const PROPOSAL_COLORS: Record<string, string> = { KEEP: 'green', CHANGE: 'blue', WITHDRAW: 'red' };

const paragraph = (text: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>
);

/** The lead department's proposal, its reason and, for a change, the new text (what it leaves alone: 不变). */
export function ProposalText({ detail }: { detail: ReviewDetail }) {
  const { t } = useListReviewI18n();
  const proposal = detail.summary.proposal;
  if (!proposal) return null;
  const unchanged = <Typography.Text type="secondary">{t('review.proposal.unchanged')}</Typography.Text>;
  const change =
    proposal === 'CHANGE'
      ? [
          {
            key: 'name',
            label: `${t('review.proposal.new')} · ${t('review.item.name')}`,
            children: detail.newItemName ?? unchanged,
          },
          {
            key: 'content',
            label: `${t('review.proposal.new')} · ${t('review.item.content')}`,
            children: detail.newContent ? paragraph(detail.newContent) : unchanged,
          },
          {
            key: 'standard',
            label: `${t('review.proposal.new')} · ${t('review.item.standard')}`,
            children: detail.newStandard ? paragraph(detail.newStandard) : unchanged,
          },
          {
            key: 'hours',
            label: `${t('review.proposal.new')} · ${t('review.item.hours')}`,
            children: detail.newHours === null ? unchanged : formatHours(detail.newHours),
          },
        ]
      : [];
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        {
          key: 'proposal',
          label: t('review.propose.proposal'),
          children: <Tag color={PROPOSAL_COLORS[proposal] ?? 'default'}>{proposalLabel(t, proposal)}</Tag>,
        },
        {
          key: 'reason',
          label: t('review.propose.reason'),
          children: detail.proposalReason ? paragraph(detail.proposalReason) : t('review.none'),
        },
        ...change,
      ]}
    />
  );
}
