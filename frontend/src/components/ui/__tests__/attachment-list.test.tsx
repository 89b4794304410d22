import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Attachment } from '@/lib/attachments';
import { renderRoutes } from '@/testing/test-utils';
import { AttachmentList } from '../attachment-list';

const file: Attachment = {
  id: 7,
  fileName: '说明.pdf',
  contentType: 'application/pdf',
  size: 2048,
  uploadedAt: '2026-11-20T08:30:00',
  uploadedBy: 'zhangsan',
  uploadedByName: '张三',
};

function renderList(props: Parameters<typeof AttachmentList>[0]) {
  return renderRoutes([{ path: '/', element: <AttachmentList {...props} /> }], '/');
}

describe('AttachmentList', () => {
  it('links each file to its download with size, uploader and time', () => {
    renderList({ attachments: [file] });
    const link = screen.getByRole('link', { name: /说明\.pdf/ });
    expect(link.getAttribute('href')).toBe('/api/attachments/7');
    expect(link.getAttribute('download')).toBe('说明.pdf');
    expect(screen.getByText('2.0 KB · 张三 · 2026-11-20 08:30')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
  });

  it('offers a delete button when onDelete is given', () => {
    const onDelete = vi.fn();
    renderList({ attachments: [file], onDelete, deletingId: null });
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(onDelete).toHaveBeenCalledWith(file);
  });

  it('says so when there are no files', () => {
    renderList({ attachments: [] });
    expect(screen.getByText('暂无附件')).toBeTruthy();
  });
});
