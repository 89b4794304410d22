import { CopyOutlined, DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import type { ReactNode } from 'react';
import { copyText, saveTextFile } from '@/lib/clipboard';
import type { ClueReceipt } from '@/lib/clue-form';
import { useI18n, type Translate } from '@/lib/i18n';
import { useNotify } from '@/lib/notify';

/** The text of the "save as text file" download. */
export function receiptText(receipt: Pick<ClueReceipt, 'clueNo' | 'queryCode'>, t: Translate): string {
  return [
    t('receipt.fileHeader'),
    t('common.labelled', { label: t('receipt.clueNo'), value: receipt.clueNo }),
    t('common.labelled', { label: t('receipt.queryCode'), value: receipt.queryCode }),
    '',
    t('receipt.fileNote'),
    '',
  ].join('\r\n');
}

/**
 * The clue number and query code right after a clue was received. The code exists only in the
 * server's answer and in this component's props: it is never stored, never put in a URL, and
 * after "我已保存" (onDone) the caller drops it, so it cannot be shown again.
 */
export function QueryCodeReceipt({
  receipt,
  onDone,
  children,
}: {
  receipt: ClueReceipt;
  onDone: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const message = useNotify();

  const copy = async (text: string) => {
    if (await copyText(text)) message.success(t('receipt.copied'));
    else message.error(t('receipt.copyFailed'));
  };

  return (
    <Card className="receipt-card" data-testid="query-code-receipt">
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
        {t('receipt.title')}
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        icon={<WarningOutlined aria-hidden />}
        role="alert"
        title={t('receipt.warningTitle')}
        description={t('receipt.warning')}
        style={{ marginBottom: 16 }}
      />
      <Descriptions column={1} bordered size="small" layout="vertical">
        <Descriptions.Item label={t('receipt.clueNo')}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong className="receipt-value" data-testid="receipt-clue-no">
              {receipt.clueNo}
            </Typography.Text>
            <Button
              size="small"
              icon={<CopyOutlined aria-hidden />}
              onClick={() => void copy(receipt.clueNo)}
              aria-label={t('receipt.copyClueNo')}
            >
              {t('receipt.copy')}
            </Button>
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('receipt.queryCode')}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong code className="receipt-value" data-testid="receipt-query-code">
              {receipt.queryCode}
            </Typography.Text>
            <Button
              size="small"
              icon={<CopyOutlined aria-hidden />}
              onClick={() => void copy(receipt.queryCode)}
              aria-label={t('receipt.copyQueryCode')}
            >
              {t('receipt.copy')}
            </Button>
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => saveTextFile(`${t('receipt.fileName')}-${receipt.clueNo}.txt`, receiptText(receipt, t))}
        >
          {t('receipt.saveFile')}
        </Button>
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(`${receipt.clueNo} ${receipt.queryCode}`)}>
          {t('receipt.copyBoth')}
        </Button>
      </Flex>
      {children}
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Popconfirm
          title={t('receipt.doneConfirm')}
          okText={t('receipt.doneOk')}
          cancelText={t('common.cancel')}
          onConfirm={onDone}
        >
          <Button type="primary">{t('receipt.done')}</Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}
