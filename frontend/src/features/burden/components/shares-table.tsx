import { Empty, Table, type TableColumnsType } from 'antd';
import { categoryLabel } from '@/lib/enums';
import { formatHours } from '@/lib/format';
import { useBurdenI18n } from '../i18n';
import type { BurdenShare, ShareBy } from '../types';

/** Hours by lead department or by category: items and the hours a month they add up to over their villages. */
export function SharesTable({
  rows,
  by,
  loading = false,
}: {
  rows: readonly BurdenShare[] | undefined;
  by: ShareBy;
  loading?: boolean;
}) {
  const { t } = useBurdenI18n();
  const columns: TableColumnsType<BurdenShare> = [
    {
      title: by === 'department' ? t('burden.col.department') : t('burden.col.category'),
      dataIndex: 'label',
      // a category comes as its code: the label in the current language
      render: (label: string, r) => (by === 'category' ? categoryLabel(t, r.key) || label : label),
    },
    { title: t('burden.col.items'), dataIndex: 'items', align: 'right', width: 90 },
    {
      title: t('burden.col.villageHours'),
      dataIndex: 'villageHours',
      align: 'right',
      width: 160,
      render: (v: number) => formatHours(v),
    },
  ];
  return (
    <Table<BurdenShare>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows ? [...rows] : []}
      loading={loading}
      pagination={false}
      scroll={{ x: 420 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('burden.sharesEmpty')} /> }}
    />
  );
}
