import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderRoutes } from '@/testing/test-utils';
import { PagedTable, type PagedQuery } from '../paged-table';

type Row = { id: number; name: string };

const columns = [{ title: '名称', dataIndex: 'name' }];

function query(over: Partial<PagedQuery<Row>> = {}): PagedQuery<Row> {
  return {
    data: { items: [{ id: 1, name: '第一行' }], total: 45 },
    isPending: false,
    isFetching: false,
    isError: false,
    error: null,
    refetch: vi.fn(),
    ...over,
  };
}

function show(q: PagedQuery<Row>, page = 1, size = 10) {
  const onPageChange = vi.fn();
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <PagedTable<Row>
            query={q}
            columns={columns}
            rowKey="id"
            page={page}
            size={size}
            onPageChange={onPageChange}
            emptyText="暂无记录"
            scrollX={600}
          />
        ),
      },
    ],
    '/',
  );
  return onPageChange;
}

describe('PagedTable', () => {
  it('shows the rows and the total, and reports a page change with the current size', async () => {
    const onPageChange = show(query());
    expect(await screen.findByText('第一行')).toBeTruthy();
    expect(screen.getByText('共 45 条')).toBeTruthy();
    fireEvent.click(screen.getByTitle('3'));
    expect(onPageChange).toHaveBeenCalledWith(3, 10);
  });

  it('goes back to page 1 when the page size changes', async () => {
    const onPageChange = show(query(), 3, 10);
    await screen.findByText('第一行');
    fireEvent.mouseDown(within(document.querySelector('.ant-pagination-options') as HTMLElement).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('20 条/页'));
    await waitFor(() => expect(onPageChange).toHaveBeenCalledWith(1, 20));
    expect(onPageChange).not.toHaveBeenCalledWith(3, 20);
  });

  it('shows the empty text when there are no rows', async () => {
    show(query({ data: { items: [], total: 0 } }));
    expect(await screen.findByText('暂无记录')).toBeTruthy();
  });

  it('shows the error with a retry button instead of the table', async () => {
    const refetch = vi.fn();
    show(query({ data: undefined, isError: true, error: new ApiError(500, '服务器开小差了'), refetch }));
    expect(await screen.findByText('服务器开小差了')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
