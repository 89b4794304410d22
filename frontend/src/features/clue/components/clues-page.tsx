import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { KeywordSearch } from '@/components/ui/keyword-search';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { useOrgs } from '@/lib/orgs';
import {
  CLUE_CATEGORIES,
  CLUE_OVERVIEW_ROLES,
  CLUE_SOURCES,
  CLUE_STATUSES,
  clueCategoryLabel,
  clueStatusLabel,
  enumOptions,
  hasRole,
  type ClueCategory,
  type ClueSource,
  type ClueStatus,
} from '@/lib/enums';
import { clueSourceLabel } from '../enums';
import { formatDateTime } from '@/lib/format';
import { useClueI18n } from '../i18n';
import { useUrlParams } from '@/lib/url-params';
import { CLUE_BUCKETS, useClues, type ClueBucket, type ClueScope } from '../api/get-clues';
import type { ClueSummary } from '../types';
import { ClueStatusTag } from './clue-status-tag';

function pick<V extends string>(values: readonly V[], raw: string | null): V | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as V) : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 线索工作台 (scope=all: office, verifiers, admin) and 本单位线索 (scope=unit), filters and paging in the URL. */
export function CluesPage() {
  const { t } = useClueI18n();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const { params, update, paging } = useUrlParams();
  // the county leadership reads every clue too (it reaches this list from the dashboard)
  const overview =
    hasRole(user?.roles, ...CLUE_OVERVIEW_ROLES) ||
    (hasRole(user?.roles, 'APPROVER') && user?.orgType === 'LEADERSHIP_OFFICE');
  const scope: ClueScope =
    params.get('scope') === 'township' && user?.orgType === 'TOWNSHIP'
      ? 'township'
      : params.get('scope') === 'unit' || !overview
        ? 'unit'
        : 'all';
  const status = pick<ClueStatus>(CLUE_STATUSES, params.get('status'));
  const category = pick<ClueCategory>(CLUE_CATEGORIES, params.get('category'));
  const source = pick<ClueSource>(CLUE_SOURCES, params.get('source'));
  const keyword = params.get('keyword') ?? '';
  const from = DATE.test(params.get('from') ?? '') ? params.get('from') : null;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to') : null;
  const typical = params.get('typical') === 'true' ? true : null;
  const supervised = params.get('supervised') === 'true' ? true : null;
  // the dashboard's drill-down: the clues behind one of its figures
  const unitOrgId = Number(params.get('unitOrgId')) || null;
  const townshipId = Number(params.get('townshipId')) || null;
  const bucket = pick<ClueBucket>(CLUE_BUCKETS, params.get('bucket'));
  const drilled = unitOrgId !== null || townshipId !== null || bucket !== null;
  // the banner names the unit or township the list is narrowed to (the URL carries only its id)
  const orgs = useOrgs(unitOrgId !== null || townshipId !== null);
  const nameOf = (id: number | null) => (id === null ? null : orgs.data?.find((o) => o.id === id)?.name);
  const unitName = nameOf(unitOrgId);
  const townshipName = nameOf(townshipId);
  const drillFilters = [
    unitName ? t('clue.drill.ofUnit', { name: unitName }) : null,
    townshipName ? t('clue.drill.ofTownship', { name: townshipName }) : null,
    bucket ? t(`clueBucket.${bucket}`) : null,
  ].filter((f): f is string => f !== null);
  const drillMessage =
    (unitOrgId !== null && !unitName) || (townshipId !== null && !townshipName)
      ? t('clue.drill.unit')
      : t('clue.drill.title', { filters: drillFilters.join(t('clue.drill.join')) });
  const { page, size } = paging;
  const query = useClues({
    scope,
    status,
    category,
    source,
    keyword: keyword || null,
    from,
    to,
    typical,
    supervised,
    unitOrgId,
    townshipId,
    bucket,
    page,
    size,
  });

  const columns: TableColumnsType<ClueSummary> = [
    {
      title: t('clue.col.clueNo'),
      dataIndex: 'clueNo',
      render: (v: string, r) => <Link to={paths.clueDetail.getHref(r.id)}>{v}</Link>,
    },
    { title: t('clueForm.category'), dataIndex: 'category', render: (v: string) => clueCategoryLabel(t, v) },
    {
      title: t('clue.col.excerpt'),
      dataIndex: 'excerpt',
      render: (v: string | null, r) => (
        <>
          <Typography.Text>{v}</Typography.Text>
          {r.dualAssigned ? (
            <Tag color="volcano" style={{ marginInlineStart: 8 }}>
              {t('clue.dualYes')}
            </Tag>
          ) : null}
          {r.typical ? (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('clue.typicalTag')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: t('clueForm.reportedOrg'), dataIndex: 'reportedUnitName', render: (v: string | null) => v ?? '—' },
    {
      title: t('clue.col.units'),
      dataIndex: 'unitNames',
      render: (v: string[]) => (v?.length ? v.join(t('common.separator')) : '—'),
    },
    { title: t('clue.col.source'), dataIndex: 'source', render: (v: string) => clueSourceLabel(t, v) },
    { title: t('common.status'), dataIndex: 'status', render: (v: string) => <ClueStatusTag status={v} /> },
    { title: t('clue.col.createdAt'), dataIndex: 'createdAt', render: (v: string | null) => formatDateTime(v) },
  ];

  return (
    <>
      <PageHeader
        title={
          scope === 'all'
            ? t('clue.workbenchTitle')
            : scope === 'township'
              ? t('clue.townshipTitle')
              : t('clue.unitTitle')
        }
        extra={
          hasRole(user?.roles, 'OFFICE') ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => void navigate(paths.clueNew.getHref())}
            >
              {t('nav.clueNew')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        {drilled ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={drillMessage}
            action={
              <Button size="small" onClick={() => update({ unitOrgId: null, townshipId: null, bucket: null })}>
                {t('clue.drill.clear')}
              </Button>
            }
          />
        ) : null}
        <Flex gap={12} wrap style={{ marginBottom: 16 }} className="filter-form">
          <KeywordSearch
            style={{ maxWidth: 280 }}
            initial={keyword}
            onSearch={(k) => update({ keyword: k })}
            placeholder={t('clue.keywordPlaceholder')}
          />
          <Select
            style={{ width: 140 }}
            allowClear
            placeholder={t('common.status')}
            aria-label={t('common.status')}
            value={status ?? undefined}
            options={enumOptions(CLUE_STATUSES, clueStatusLabel, t)}
            onChange={(v?: string) => update({ status: v ?? null })}
          />
          <Select
            style={{ width: 180 }}
            allowClear
            placeholder={t('clueForm.category')}
            aria-label={t('clueForm.category')}
            value={category ?? undefined}
            options={enumOptions(CLUE_CATEGORIES, clueCategoryLabel, t)}
            onChange={(v?: string) => update({ category: v ?? null })}
          />
          <Select
            style={{ width: 200 }}
            allowClear
            placeholder={t('clue.col.source')}
            aria-label={t('clue.col.source')}
            value={source ?? undefined}
            options={enumOptions(CLUE_SOURCES, clueSourceLabel, t)}
            onChange={(v?: string) => update({ source: v ?? null })}
          />
          <DatePicker.RangePicker
            aria-label={t('clue.period')}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(range) =>
              update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
            }
            allowEmpty={[true, true]}
          />
          <Select
            style={{ width: 150 }}
            aria-label={t('clue.typicalFilter')}
            value={typical ? 'true' : 'any'}
            options={[
              { value: 'any', label: t('clue.typicalAny') },
              { value: 'true', label: t('clue.typicalOnly') },
            ]}
            onChange={(v: string) => update({ typical: v === 'true' ? 'true' : null })}
          />
          <Select
            style={{ width: 150 }}
            aria-label={t('clue.supervisedFilter')}
            value={supervised ? 'true' : 'any'}
            options={[
              { value: 'any', label: t('clue.supervisedAny') },
              { value: 'true', label: t('clue.supervisedOnly') },
            ]}
            onChange={(v: string) => update({ supervised: v === 'true' ? 'true' : null })}
          />
        </Flex>
        <PagedTable<ClueSummary>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={t('clue.empty')}
          scrollX={1000}
        />
      </Card>
    </>
  );
}
