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
  camera = false,
}: {
  clueId: number;
  attachments: Attachment[];
  canUpload: boolean;
  /** Offer the phone's camera as well (the unit's own steps: photo evidence). */
  camera?: boolean;
}) {
  const upload = useUploadClueAttachment();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canUpload ? (
        <AttachmentUpload
          upload={(file) => upload.mutateAsync({ clueId, file })}
          pending={upload.isPending}
          camera={camera}
        />
      ) : null}
      <AttachmentList attachments={attachments} />
    </Space>
  );
}
