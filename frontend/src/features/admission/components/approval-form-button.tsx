import { PrinterOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { approvalFormUrl } from '../api/get-approval-form';
import { useAdmissionI18n } from '../i18n';

/** 打印审批单: opens the application's PDF approval form in a new tab. */
export function ApprovalFormButton({ applicationId }: { applicationId: number }) {
  const { t } = useAdmissionI18n();
  return (
    <Tooltip title={t('approvalForm.hint')}>
      <Button
        href={approvalFormUrl(applicationId)}
        target="_blank"
        rel="noopener noreferrer"
        icon={<PrinterOutlined aria-hidden />}
      >
        {t('approvalForm.print')}
      </Button>
    </Tooltip>
  );
}
