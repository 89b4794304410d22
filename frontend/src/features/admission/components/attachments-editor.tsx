import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useDeleteAttachment } from '../api/delete-attachment';
import { useUploadAttachment } from '../api/upload-attachment';
import type { ApplicationDetail, Attachment } from '../types';
import { AttachmentList } from './attachment-list';

export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

/**
 * Upload/delete attachments of a saved draft. Uploads go through the api-client (CSRF header,
 * error parsing), so the server's 413/415 messages are shown as they are.
 */
export function AttachmentsEditor({ application }: { application: ApplicationDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const [deletingId, setDeletingId] = useState<number | null>(null);

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload
      .mutateAsync({ applicationId: application.id, file: file as File })
      .then((a) => {
        message.success(t('attachments.uploaded'));
        onSuccess?.(a);
      })
      .catch((e: unknown) => {
        message.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        onError?.(e instanceof Error ? e : new Error('upload failed'));
      });
  };

  const onDelete = (a: Attachment) => {
    if (deletingId !== null) return;
    setDeletingId(a.id);
    remove.mutate(
      { applicationId: application.id, attachmentId: a.id },
      {
        onSuccess: () => message.success(t('attachments.deleted')),
        onError: (e) => message.error(e instanceof ApiError ? e.message : t('error.subtitle')),
        onSettled: () => setDeletingId(null),
      },
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Upload
          name="file"
          accept={ACCEPTED_FILES}
          customRequest={customRequest}
          showUploadList={false}
          multiple
          disabled={upload.isPending}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
            {t('attachments.upload')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('attachments.hint')}</Typography.Text>
      </Space>
      <AttachmentList attachments={application.attachments ?? []} onDelete={onDelete} deletingId={deletingId} />
    </Space>
  );
}
