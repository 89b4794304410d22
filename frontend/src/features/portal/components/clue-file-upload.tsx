import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload, type UploadProps } from 'antd';
import { ApiError } from '@/lib/api-client';
import { usePortalI18n } from '../i18n';
import { useUploadClueFile } from '../api/upload-clue-file';
import type { ClueCredentials, PublicClueView } from '../types';
import { useNotify } from '@/lib/notify';

export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

/** The reporter's evidence files (pdf, images, Word, Excel; ≤ 10 MB each, ≤ 30 MB per clue). */
export function ClueFileUpload({
  credentials,
  onUploaded,
}: {
  credentials: ClueCredentials;
  onUploaded: (view: PublicClueView) => void;
}) {
  const { t } = usePortalI18n();
  const message = useNotify();
  const upload = useUploadClueFile();

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    upload
      .mutateAsync({ ...credentials, file: file as File })
      .then((view) => {
        message.success(t('attachments.uploaded'));
        onUploaded(view);
        onSuccess?.(view);
      })
      .catch((e: unknown) => {
        message.error(e instanceof ApiError ? e.message : t('error.subtitle'));
        onError?.(e instanceof Error ? e : new Error('upload failed'));
      });
  };

  return (
    <Space orientation="vertical" size={4}>
      <Upload
        name="file"
        accept={ACCEPTED_FILES}
        customRequest={customRequest}
        showUploadList={false}
        multiple
        disabled={upload.isPending}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
          {t('portal.uploadFiles')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('portal.uploadHint')}
      </Typography.Text>
    </Space>
  );
}
