import { Card, Tag, Typography } from 'antd';
import { clueCategoryLabel } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

/** What the public sees of one typical case (典型问题通报). */
export type TypicalCaseView = {
  clueNo: string;
  category: string;
  categoryLabel: string;
  summary: string;
  publishedAt: string | null;
};

/**
 * One typical case as the public typical-case page shows it; the office's preview shows the same card,
 * so that what is confirmed is what will be read.
 */
export function TypicalCaseCard({ item }: { item: TypicalCaseView }) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid="typical-case">
      <Tag color="red">{clueCategoryLabel(t, item.category) || item.categoryLabel}</Tag>
      <Typography.Text type="secondary">
        {item.clueNo} · {t('typical.publishedAt')} {formatDate(item.publishedAt)}
      </Typography.Text>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, whiteSpace: 'pre-wrap' }}>
        {item.summary}
      </Typography.Paragraph>
    </Card>
  );
}
