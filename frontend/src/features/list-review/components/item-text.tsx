import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime, formatHours } from '@/lib/format';
import { useListReviewI18n } from '../i18n';
import type { ReviewDetail } from '../types';
import { roundText } from '../utils/review-text';

const paragraph = (text: string | null) =>
  text ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph> : null;

/** The item's text as it stands now (第N版), with the review's dates. */
export function ItemText({ detail }: { detail: ReviewDetail }) {
  const { t } = useListReviewI18n();
  const s = detail.summary;
  const none = t('review.none');
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'listNo', label: t('review.item.listNo'), children: s.listNo },
        {
          key: 'name',
          label: t('review.item.name'),
          children: <Link to={paths.admissionItem.getHref(s.itemId)}>{s.itemName}</Link>,
        },
        { key: 'lead', label: t('review.item.leadOrg'), children: s.leadOrgName ?? none },
        { key: 'version', label: t('review.item.version'), children: t('review.version', { no: detail.versionNo }) },
        { key: 'content', label: t('review.item.content'), children: paragraph(detail.content) ?? none },
        { key: 'standard', label: t('review.item.standard'), children: paragraph(detail.performanceStandard) ?? none },
        {
          key: 'hours',
          label: t('review.item.hours'),
          children: detail.workloadHoursPerMonth === null ? none : formatHours(detail.workloadHoursPerMonth),
        },
        { key: 'expiry', label: t('review.item.expiry'), children: formatDate(s.itemExpiryDate) || none },
        { key: 'round', label: t('review.item.round'), children: roundText(t, s) },
        {
          key: 'closes',
          label: t('review.item.feedbackCloses'),
          children: formatDateTime(s.feedbackClosesAt) || none,
        },
        ...(s.finishedAt
          ? [{ key: 'finished', label: t('review.item.finishedAt'), children: formatDateTime(s.finishedAt) }]
          : []),
      ]}
    />
  );
}
