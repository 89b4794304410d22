import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useDeleteSpecialDay } from '../api/delete-special-day';
import { useSpecialDays } from '../api/get-special-days';
import { useCalendarI18n, type CalendarTranslate } from '../i18n';
import { FIRST_YEAR, isoWeekday, isWeekend, LAST_YEAR } from '../schemas/special-day-schema';
import type { SpecialDay } from '../types';
import { SpecialDayModal } from './special-day-modal';

/** The year in the URL (?year=2026), else this year; kept within the years the server accepts. */
function yearOf(params: URLSearchParams): number {
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked !== 0 ? asked : dayjs().year();
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
}

const dayLabel = (t: CalendarTranslate, date: string) => `${date} ${t(`calendar.weekday.${isoWeekday(dayjs(date))}`)}`;

/** 工作日历: a year's holidays and make-up workdays, which every time limit counts on (ADMIN). */
export function CalendarPage() {
  const { t } = useCalendarI18n();
  const message = useNotify();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const year = yearOf(params);
  const query = useSpecialDays(year);
  const remove = useDeleteSpecialDay();
  const [editing, setEditing] = useState<{ open: boolean; day: SpecialDay | null }>({ open: false, day: null });
  const days = query.data ?? [];

  const goTo = (y: number) => void navigate(paths.adminCalendar.getHref(y));
  const onDelete = (d: SpecialDay) =>
    remove.mutate(d.id, {
      onSuccess: () => message.success(t('calendar.deleted')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('api.actionFailed')),
    });

  const holidays = days.filter((d) => d.kind === 'HOLIDAY');
  const summary = t('calendar.summary', {
    holidays: holidays.length,
    weekdays: holidays.filter((d) => !isWeekend(dayjs(d.date))).length,
    makeups: days.length - holidays.length,
  });

  const columns: TableColumnsType<SpecialDay> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 130, render: (v: string) => dayLabel(t, v) },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      render: (_v, d) => (
        <Space size={4} wrap>
          <Tag color={d.kind === 'HOLIDAY' ? 'red' : 'blue'}>{t(`calendar.kind.${d.kind}`)}</Tag>
          <span>{d.name}</span>
        </Space>
      ),
    },
    // on a phone the day, the arrangement and the actions take the width
    { title: t('calendar.changedBy'), dataIndex: 'changedBy', width: 110, responsive: ['md'] },
    {
      title: t('calendar.changedAt'),
      dataIndex: 'changedAt',
      width: 150,
      responsive: ['lg'],
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('calendar.actions'),
      key: 'actions',
      width: 110,
      render: (_v, d) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing({ open: true, day: d })}
            aria-label={`${t('calendar.edit')} ${d.date}`}
          >
            {t('calendar.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.deleteConfirm')}
            description={t('calendar.deleteHint')}
            onConfirm={() => onDelete(d)}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
          >
            <Button type="link" size="small" danger aria-label={`${t('common.delete')} ${d.date}`}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ open: true, day: null })}
          >
            {t('calendar.new')}
          </Button>
        }
      />
      <Alert type="info" showIcon title={t('calendar.intro')} style={{ marginBottom: 16 }} />
      <Card>
        <Flex align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <Button
            icon={<LeftOutlined aria-hidden />}
            aria-label={t('calendar.previousYear')}
            disabled={year <= FIRST_YEAR}
            onClick={() => goTo(year - 1)}
          />
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('calendar.year', { year })}
          </Typography.Title>
          <Button
            icon={<RightOutlined aria-hidden />}
            aria-label={t('calendar.nextYear')}
            disabled={year >= LAST_YEAR}
            onClick={() => goTo(year + 1)}
          />
          {days.length ? <Typography.Text type="secondary">{summary}</Typography.Text> : null}
        </Flex>
        {query.isError && !query.data ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<SpecialDay>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={days}
            loading={query.isPending || query.isFetching}
            pagination={false}
            scroll={{ x: 300 }}
            locale={{ emptyText: <Empty description={t('calendar.empty', { year })} /> }}
          />
        )}
      </Card>
      <SpecialDayModal
        open={editing.open}
        day={editing.day}
        year={year}
        onClose={() => setEditing((s) => ({ ...s, open: false }))}
      />
    </>
  );
}
