import { Space, Typography } from 'antd';
import { useState } from 'react';
import { AttachmentList } from '@/components/ui/attachment-list';
import { AttachmentUpload } from '@/components/ui/attachment-upload';
import { ApiError } from '@/lib/api-client';
import { useAdmissionI18n } from '../i18n';
import { useDeleteAttachment } from '../api/delete-attachment';
import { useUploadAttachment } from '../api/upload-attachment';
import type { ApplicationDetail, Attachment } from '../types';
import { useNotify } from '@/lib/notify';

/**
 * Upload/delete attachments of a saved draft. Uploads go through the api-client (CSRF header,
 * error parsing), so the server's 413/415 messages are shown as they are.
 */
export function AttachmentsEditor({ application }: { application: ApplicationDetail }) {
  const { t } = useAdmissionI18n();
  const message = useNotify();
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const [deletingId, setDeletingId] = useState<number | null>(null);

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
        <AttachmentUpload
          upload={(file) => upload.mutateAsync({ applicationId: application.id, file })}
          pending={upload.isPending}
        />
        <Typography.Text type="secondary">{t('attachments.hint')}</Typography.Text>
      </Space>
      <AttachmentList attachments={application.attachments ?? []} onDelete={onDelete} deletingId={deletingId} />
    </Space>
  );
}
