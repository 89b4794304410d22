import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import { useI18n } from '@/lib/i18n';
import { QueryError } from './query-error';

/** The parts of a TanStack query result over one page of rows that the table reads. */
export type PagedQuery<T> = {
  data?: { items: T[]; total: number };
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

type PagedTableProps<T> = {
  query: PagedQuery<T>;
  columns: TableColumnsType<T>;
  rowKey: TableProps<T>['rowKey'];
  page: number;
  size: number;
  /** Called with page 1 when the page size changes. */
  onPageChange: (page: number, size: number) => void;
  emptyText: string;
  scrollX: number;
  /** Row props, e.g. a click that opens the row. */
  onRow?: TableProps<T>['onRow'];
  /** Check boxes for choosing rows, e.g. for a batch action. */
  rowSelection?: TableProps<T>['rowSelection'];
};

/** A table over one page of a query: loading state, 共 N 条, size changer, empty text, and the error with 重试. */
export function PagedTable<T extends object>({
  query,
  columns,
  rowKey,
  page,
  size,
  onPageChange,
  emptyText,
  scrollX,
  onRow,
  rowSelection,
}: PagedTableProps<T>) {
  const { t } = useI18n();
  if (query.isError && !query.data) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<T>
      rowKey={rowKey}
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isPending || query.isFetching}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      scroll={{ x: scrollX }}
      onRow={onRow}
      rowSelection={rowSelection}
      pagination={{
        current: page,
        pageSize: size,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (p, s) => onPageChange(s !== size ? 1 : p, s),
      }}
    />
  );
}
