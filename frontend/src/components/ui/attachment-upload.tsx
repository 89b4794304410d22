import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Upload, type UploadProps } from 'antd';
import { ApiError } from '@/lib/api-client';
import { ACCEPTED_FILES } from '@/lib/attachments';
import { useI18n } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';

/**
 * The "upload attachment" button. `upload` sends one file (through the api-client, so the server's
 * 413/415 messages are shown as they are); `pending` disables the button while an upload runs.
 * With `camera`, a second button opens the phone's rear camera (`capture="environment"`) for photo
 * evidence; the first still chooses any file.
 */
export function AttachmentUpload({
  upload,
  pending,
  camera = false,
}: {
  upload: (file: File) => Promise<unknown>;
  pending: boolean;
  camera?: boolean;
}) {
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

  const files = (
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
  if (!camera) return files;
  return (
    <Flex gap={8} wrap>
      <Upload
        name="photo"
        accept="image/*"
        capture="environment"
        customRequest={customRequest}
        showUploadList={false}
        disabled={pending}
        className="camera-upload"
      >
        <Button type="primary" ghost icon={<CameraOutlined aria-hidden />} loading={pending}>
          {t('attachments.camera')}
        </Button>
      </Upload>
      {files}
    </Flex>
  );
}
