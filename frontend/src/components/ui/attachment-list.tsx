import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Typography } from 'antd';
import { attachmentDownloadUrl, type Attachment } from '@/lib/attachments';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

/** Attachments with download links; `onDelete` adds a delete button per file. */
export function AttachmentList({
  attachments,
  onDelete,
  deletingId,
}: {
  attachments: Attachment[];
  onDelete?: (a: Attachment) => void;
  deletingId?: number | null;
}) {
  const { t } = useI18n();
  if (!attachments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />;
  return (
    <ul className="plain-list">
      {attachments.map((a) => (
        <li key={a.id} className="plain-list-item">
          <Flex justify="space-between" align="center" gap={8}>
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <a href={attachmentDownloadUrl(a.id)} download={a.fileName}>
                <PaperClipOutlined aria-hidden /> {a.fileName}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatFileSize(a.size)} · {a.uploadedByName || a.uploadedBy} · {formatDateTime(a.uploadedAt)}
              </Typography.Text>
            </Space>
            {onDelete ? (
              <Button
                danger
                size="small"
                loading={deletingId === a.id}
                disabled={deletingId !== null && deletingId !== undefined}
                onClick={() => onDelete(a)}
              >
                {t('common.delete')}
              </Button>
            ) : null}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
