import { Space } from 'antd';
import { AttachmentList } from '@/components/ui/attachment-list';
import { AttachmentUpload } from '@/components/ui/attachment-upload';
import { useUploadClueAttachment } from '../api/upload-clue-attachment';
import type { Attachment } from '../types';

/** The clue's files (the reporter's and the staff's evidence); upload while the clue is open. */
export function ClueAttachments({
  clueId,
  attachments,
  canUpload,
}: {
  clueId: number;
  attachments: Attachment[];
  canUpload: boolean;
}) {
  const upload = useUploadClueAttachment();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canUpload ? (
        <AttachmentUpload upload={(file) => upload.mutateAsync({ clueId, file })} pending={upload.isPending} />
      ) : null}
      <AttachmentList attachments={attachments} />
    </Space>
  );
}
