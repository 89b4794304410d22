import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderRoutes } from '@/testing/test-utils';
import { AttachmentUpload } from '../attachment-upload';

function renderUpload(upload: (file: File) => Promise<unknown>, pending = false) {
  const utils = renderRoutes([{ path: '/', element: <AttachmentUpload upload={upload} pending={pending} /> }], '/');
  const input = utils.container.querySelector('input[type="file"]') as HTMLInputElement;
  return { ...utils, input };
}

describe('AttachmentUpload', () => {
  it('uploads a chosen file and says so', async () => {
    const upload = vi.fn(() => Promise.resolve({ id: 1 }));
    const { input } = renderUpload(upload);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /上传附件/ }).disabled).toBe(false);
    expect(input.getAttribute('accept')).toBe('.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx');
    const file = new File(['x'], 'a.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(upload).toHaveBeenCalledWith(file));
    expect(await screen.findByText('附件已上传')).toBeTruthy();
  });

  it("shows the server's message when the upload fails", async () => {
    const upload = vi.fn(() => Promise.reject(new ApiError(413, '文件过大')));
    const { input } = renderUpload(upload);
    fireEvent.change(input, { target: { files: [new File(['x'], 'big.pdf')] } });
    expect(await screen.findByText('文件过大')).toBeTruthy();
  });

  it('takes no files while an upload runs', () => {
    const { input } = renderUpload(() => Promise.resolve(), true);
    expect(input.disabled).toBe(true);
  });
});
