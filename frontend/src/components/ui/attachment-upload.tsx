import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadProps } from 'antd';
import { ApiError } from '@/lib/api-client';
import { ACCEPTED_FILES } from '@/lib/attachments';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';

/**
 * The "upload attachment" button. `upload` sends one file (through the api-client, so the server's
 * 413/415 messages are shown as they are); `pending` disables the button while an upload runs.
 */
export function AttachmentUpload({ upload, pending }: { upload: (file: File) => Promise<unknown>; pending: boolean }) {
  const { t } = useI18n();
  const message = useNotify();

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload(file as File)
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
    <Upload
      name="file"
      accept={ACCEPTED_FILES}
      customRequest={customRequest}
      showUploadList={false}
      multiple
      disabled={pending}
    >
      <Button icon={<UploadOutlined aria-hidden />} loading={pending}>
        {t('attachments.upload')}
      </Button>
    </Upload>
  );
}
