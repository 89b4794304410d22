import { fireEvent, screen, waitFor } from '@testing-library/react';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderRoutes } from '@/testing/test-utils';
import { ReceiptKeepsake, trackingUrl } from '../receipt-keepsake';

const RECEIPT = { clueNo: 'XS-2026-0005', queryCode: 'ABCDEFGHJKMNPQRSTUVW' };

/** A 2D context that records what is written on it (jsdom has no canvas). */
function fakeContext(texts: string[]) {
  return new Proxy(
    {},
    {
      get: (_target, prop) => {
        if (prop === 'fillText') return (text: string) => texts.push(text);
        if (prop === 'createImageData' || prop === 'getImageData')
          return (w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h });
        if (prop === 'canvas') return document.createElement('canvas');
        return () => undefined;
      },
      set: () => true,
    },
  ) as CanvasRenderingContext2D;
}

describe('ReceiptKeepsake', () => {
  let texts: string[];
  let downloads: { name: string; href: string }[];
  let noCanvas: boolean;
  beforeEach(() => {
    texts = [];
    downloads = [];
    vi.stubGlobal('fetch', vi.fn(mockFetch({}).fn));
    noCanvas = false;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() =>
      noCanvas ? null : fakeContext(texts),
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb) =>
      cb(new Blob(['png'], { type: 'image/png' })),
    );
    URL.createObjectURL = vi.fn(() => 'blob:receipt-image');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('offers a QR code of the tracking page with the number only, and the receipt as an image to save', async () => {
    const toDataURL = vi.spyOn(QRCode, 'toDataURL');
    renderRoutes([{ path: '/r', element: <ReceiptKeepsake receipt={RECEIPT} /> }], '/r');

    const qr = await screen.findByRole('img', { name: '打开线索 XS-2026-0005 查询页的二维码' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const url = `${window.location.origin}/public/track?clueNo=XS-2026-0005`;
    expect(trackingUrl('XS-2026-0005')).toBe(url);
    expect(toDataURL).toHaveBeenCalledWith(url, expect.anything());
    // never the code, in any form
    for (const call of toDataURL.mock.calls) expect(JSON.stringify(call[0])).not.toMatch(/ABCDE/i);

    const image = await screen.findByRole('img', { name: '线索 XS-2026-0005 的查询凭证图片' });
    expect(image.getAttribute('src')).toBe('blob:receipt-image');
    expect(texts).toContain('XS-2026-0005');
    expect(texts).toContain('ABCDE FGHJK MNPQR STUVW');

    fireEvent.click(screen.getByRole('button', { name: '保存为图片' }));
    await waitFor(() =>
      expect(downloads).toEqual([{ name: '减负问题线索-XS-2026-0005.png', href: 'blob:receipt-image' }]),
    );
  });

  it('says so when the phone cannot draw the image', async () => {
    noCanvas = true;
    renderRoutes([{ path: '/r', element: <ReceiptKeepsake receipt={RECEIPT} /> }], '/r');
    expect(await screen.findByText('图片生成失败，请改用复制或文本文件保存')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '保存为图片' }).disabled).toBe(true);
  });
});
