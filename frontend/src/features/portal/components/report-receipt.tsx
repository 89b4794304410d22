import { PaperClipOutlined } from '@ant-design/icons';
import { Divider, Typography } from 'antd';
import { useState } from 'react';
import { QueryCodeReceipt } from '@/components/ui/query-code-receipt';
import { StatusPage } from '@/components/ui/status-page';
import type { ClueReceipt } from '@/lib/clue-form';
import { formatFileSize } from '@/lib/format';
import { usePortalI18n } from '../i18n';
import type { PublicClueView } from '../types';
import { ClueFileUpload } from './clue-file-upload';
import { ReceiptKeepsake } from './receipt-keepsake';

/**
 * Right after a report: the clue number and query code (shown this once) and the upload of evidence.
 * The receipt lives only in the report page's state: after "我已保存" (onDone) it is dropped.
 */
export default function ReportReceipt({ receipt, onDone }: { receipt: ClueReceipt; onDone: () => void }) {
  const { t } = usePortalI18n();
  const [files, setFiles] = useState<PublicClueView['files']>([]);
  return (
    <>
      <StatusPage status="success" title={t('report.successTitle')} subTitle={t('report.successSub')} />
      <QueryCodeReceipt receipt={receipt} onDone={onDone}>
        <Divider />
        <ReceiptKeepsake receipt={receipt} />
        <Divider />
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('report.addFilesTitle')}
        </Typography.Title>
        <ClueFileUpload
          credentials={{ clueNo: receipt.clueNo, code: receipt.queryCode }}
          onUploaded={(v) => setFiles(v.files)}
        />
        {files.length ? (
          <ul className="plain-list" aria-label={t('portal.myFiles')}>
            {files.map((f) => (
              <li key={`${f.fileName}-${f.uploadedAt}`} className="plain-list-item">
                <PaperClipOutlined aria-hidden /> {f.fileName}{' '}
                <Typography.Text type="secondary">{formatFileSize(f.size)}</Typography.Text>
              </li>
            ))}
          </ul>
        ) : null}
      </QueryCodeReceipt>
    </>
  );
}
