// Two more ways to keep the receipt on a phone: an image of the clue number and query code (saved
// as a PNG, or pressed and held), and a QR code that opens the tracking page with the number filled
// in. The QR code and its link carry the clue NUMBER only: the query code never goes into a URL.
// The image is drawn here, in the browser, and sent nowhere.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { paths } from '@/config/paths';
import type { ClueReceipt } from '@/lib/clue-form';
import { usePortalI18n, type PortalTranslate } from '../i18n';
import './receipt-keepsake.css';

/** The address the QR code opens: the tracking page with the clue number, never the code. */
export function trackingUrl(clueNo: string, origin = window.location.origin): string {
  return `${origin}${paths.publicTrack.getHref(clueNo)}`;
}

const WIDTH = 720;
const HEIGHT = 1000;
const FONT = '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Draws the receipt (title, number, code in groups of five, QR code, note) and returns it as a PNG. */
async function drawReceipt(receipt: Pick<ClueReceipt, 'clueNo' | 'queryCode'>, t: PortalTranslate): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.fillStyle = '#b7322c';
  g.fillRect(0, 0, WIDTH, 12);
  g.textAlign = 'center';
  g.fillStyle = '#1f1f1f';
  g.font = `600 40px ${FONT}`;
  g.fillText(t('keepsake.imageTitle'), WIDTH / 2, 92);
  g.font = `28px ${FONT}`;
  g.fillStyle = '#595959';
  g.fillText(t('receipt.clueNo'), WIDTH / 2, 170);
  g.fillStyle = '#1f1f1f';
  g.font = `600 52px ui-monospace, Menlo, Consolas, monospace`;
  g.fillText(receipt.clueNo, WIDTH / 2, 235);
  g.font = `28px ${FONT}`;
  g.fillStyle = '#595959';
  g.fillText(t('receipt.queryCode'), WIDTH / 2, 315);
  g.fillStyle = '#1f1f1f';
  g.font = `600 46px ui-monospace, Menlo, Consolas, monospace`;
  g.fillText(receipt.queryCode.replace(/(.{5})(?=.)/g, '$1 '), WIDTH / 2, 378);
  const qr = document.createElement('canvas');
  await QRCode.toCanvas(qr, trackingUrl(receipt.clueNo), { width: 360, margin: 2 });
  g.drawImage(qr, (WIDTH - 360) / 2, 430, 360, 360);
  g.font = `24px ${FONT}`;
  g.fillStyle = '#595959';
  g.fillText(t('keepsake.qrCaption'), WIDTH / 2, 830);
  g.fillText(t('keepsake.imageNote'), WIDTH / 2, 900, WIDTH - 48);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image'))), 'image/png'),
  );
}

/** Offers a blob's address as a download named `fileName`. */
function download(href: string, fileName: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function ReceiptKeepsake({ receipt }: { receipt: Pick<ClueReceipt, 'clueNo' | 'queryCode'> }) {
  const { t } = usePortalI18n();
  const [qr, setQr] = useState<string | null>(null);
  const [image, setImage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const url = trackingUrl(receipt.clueNo);

  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { width: 200, margin: 1 }).then(
      (d) => live && setQr(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [url]);

  useEffect(() => {
    let live = true;
    let href: string | null = null;
    drawReceipt(receipt, t).then(
      (blob) => {
        href = URL.createObjectURL(blob);
        if (live) setImage(href);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      if (href) URL.revokeObjectURL(href);
    };
  }, [receipt, t]);

  return (
    <section className="receipt-keepsake" aria-labelledby="receipt-keepsake-title" data-testid="receipt-keepsake">
      <Typography.Title level={3} id="receipt-keepsake-title" style={{ fontSize: 16 }}>
        {t('keepsake.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('keepsake.intro')}</Typography.Paragraph>
      <Flex gap={16} wrap align="flex-start">
        <figure className="receipt-qr">
          {qr ? (
            <img
              src={qr}
              width={160}
              height={160}
              alt={t('keepsake.qrAlt', { clueNo: receipt.clueNo })}
              data-testid="receipt-qr"
            />
          ) : (
            <div className="receipt-qr-placeholder" />
          )}
          {/* no link: leaving this page would lose the code, which is shown only once */}
          <figcaption>{t('keepsake.qrCaption')}</figcaption>
        </figure>
        <div className="receipt-image">
          <Button
            icon={<DownloadOutlined aria-hidden />}
            disabled={!image}
            onClick={() => image && download(image, `${t('receipt.fileName')}-${receipt.clueNo}.png`)}
          >
            {t('keepsake.saveImage')}
          </Button>
          {failed ? (
            <Typography.Paragraph type="danger" role="alert">
              {t('keepsake.failed')}
            </Typography.Paragraph>
          ) : null}
          {image ? (
            <>
              <img
                src={image}
                className="receipt-image-preview"
                alt={t('keepsake.imageAlt', { clueNo: receipt.clueNo })}
                data-testid="receipt-image"
              />
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t('keepsake.imageHint')}
              </Typography.Paragraph>
            </>
          ) : null}
        </div>
      </Flex>
    </section>
  );
}
