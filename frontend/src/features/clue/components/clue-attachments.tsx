import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography, Upload, type UploadProps } from 'antd';
import { ApiError } from '@/lib/api-client';
import { formatDateTime, formatFileSize } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { attachmentDownloadUrl, useUploadClueAttachment } from '../api/upload-clue-attachment';
import type { Attachment } from '../types';

const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

/** The clue's files (the reporter's and the staff's evidence); upload while the clue is open. */
export function ClueAttachments({ clueId, attachments, canUpload }: { clueId: number; attachments: Attachment[]; canUpload: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadClueAttachment();

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload
      .mutateAsync({ clueId, file: file as File })
      .then((a) => {
        message.success(t('attachments.uploaded'));
        onSuccess?.(a);
      })
      .catch((e: unknown) => {
        message.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        onError?.(e instanceof Error ? e : new Error('upload failed'));
      });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canUpload ? (
        <Upload name="file" accept={ACCEPTED_FILES} customRequest={customRequest} showUploadList={false} multiple disabled={upload.isPending}>
          <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
            {t('attachments.upload')}
          </Button>
        </Upload>
      ) : null}
      {attachments.length ? (
        <ul className="plain-list">
          {attachments.map((a) => (
            <li key={a.id} className="plain-list-item">
              <a href={attachmentDownloadUrl(a.id)} download={a.fileName}>
                <PaperClipOutlined aria-hidden /> {a.fileName}
              </a>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatFileSize(a.size)} · {a.uploadedBy} · {formatDateTime(a.uploadedAt)}
                </Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />
      )}
    </Space>
  );
}
