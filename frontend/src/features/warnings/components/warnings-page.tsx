import { Alert, Button, Card, Flex, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PagedTable } from '@/components/ui/paged-table';
import { useUser } from '@/lib/auth';
import { isOneOf } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/url-params';
import { useWarnings } from '../api/get-warnings';
import { useWarningsI18n } from '../i18n';
import { SEVERITIES, WARNING_RULES, WARNING_STATUSES, type Warning, type WarningStatus } from '../types';
import {
  ruleLabel,
  SEVERITY_COLORS,
  severityLabel,
  STATUS_COLORS,
  statusLabel,
  subjectHref,
  warningSentence,
} from '../utils/warning-text';
import { AcknowledgeModal } from './acknowledge-modal';

/** The status filter's value for "every status" (no status in the URL means the open ones). */
const ALL = 'ALL';

/** 智能预警: the warnings the user may see, filters and paging in the URL, acknowledged in a dialog. */
export function WarningsPage() {
  const { t } = useWarningsI18n();
  const { data: user } = useUser();
  const { params, update, paging } = useUrlParams();
  const [acknowledging, setAcknowledging] = useState<Warning | null>(null);
  const rawStatus = params.get('status');
  const status: WarningStatus | null =
    rawStatus === ALL ? null : isOneOf(WARNING_STATUSES, rawStatus) ? rawStatus : 'OPEN';
  const ruleParam = params.get('rule');
  const rule = isOneOf(WARNING_RULES, ruleParam) ? ruleParam : null;
  const severityParam = params.get('severity');
  const severity = isOneOf(SEVERITIES, severityParam) ? severityParam : null;
  const query = useWarnings({ status, rule, severity, page: paging.page, size: paging.size });

  const columns: TableColumnsType<Warning> = [
    {
      title: t('warn.col.severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: string) => <Tag color={SEVERITY_COLORS[s] ?? 'default'}>{severityLabel(t, s)}</Tag>,
    },
    {
      title: t('warn.col.rule'),
      dataIndex: 'rule',
      width: 150,
      render: (r: string) => ruleLabel(t, r),
    },
    {
      title: t('warn.col.subject'),
      key: 'subject',
      width: 180,
      render: (_v, w) => {
        const href = subjectHref(w, user);
        const township = w.rule === 'VILLAGE_OVER_CAPACITY' ? w.params?.township : undefined;
        return (
          <Space orientation="vertical" size={0}>
            {href ? <Link to={href}>{w.subjectName}</Link> : <span>{w.subjectName}</span>}
            {township ? <Typography.Text type="secondary">{township}</Typography.Text> : null}
          </Space>
        );
      },
    },
    {
      title: t('warn.col.detail'),
      key: 'detail',
      width: 260,
      render: (_v, w) => warningSentence(t, w),
    },
    {
      title: t('warn.col.firstSeen'),
      dataIndex: 'firstSeen',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('warn.col.lastSeen'),
      dataIndex: 'lastSeen',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('warn.col.status'),
      key: 'status',
      width: 200,
      render: (_v, w) => (
        <Space orientation="vertical" size={4}>
          <Tag color={STATUS_COLORS[w.status] ?? 'default'}>{statusLabel(t, w.status)}</Tag>
          {w.status === 'OPEN' ? (
            <Button
              size="small"
              type="primary"
              onClick={() => setAcknowledging(w)}
              aria-label={t('warn.acknowledgeAria', { name: w.subjectName })}
            >
              {t('warn.acknowledge')}
            </Button>
          ) : null}
          {w.acknowledgedAt ? (
            // the note is what the row is read for: it wraps, and only a long one folds (展开 shows it all,
            // also on a phone, where there is no hover for a tooltip)
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 4, expandable: 'collapsible' }}
              style={{ maxWidth: 180, marginBottom: 0 }}
            >
              {t('warn.ackBy', {
                name: w.acknowledgedName ?? '',
                at: formatDateTime(w.acknowledgedAt),
                note: w.acknowledgedNote ?? '',
              })}
            </Typography.Paragraph>
          ) : null}
          {w.resolvedAt ? (
            <Typography.Text type="secondary">
              {t('warn.resolvedAt', { at: formatDateTime(w.resolvedAt) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('warn.title')} />
      <Alert type="info" showIcon title={t('warn.intro')} style={{ marginBottom: 16 }} />
      <Card className="warnings-card">
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('warn.filterStatus')}
            style={{ width: 140 }}
            value={status ?? ALL}
            onChange={(v: string) => update({ status: v === 'OPEN' ? null : v })}
            options={[
              ...WARNING_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })),
              { value: ALL, label: t('warn.allStatuses') },
            ]}
          />
          <Select
            aria-label={t('warn.filterRule')}
            style={{ width: 220, maxWidth: '100%' }}
            value={rule}
            allowClear
            placeholder={t('warn.allRules')}
            onChange={(v: string | undefined) => update({ rule: v ?? null })}
            options={WARNING_RULES.map((r) => ({ value: r, label: ruleLabel(t, r) }))}
          />
          <Select
            aria-label={t('warn.filterSeverity')}
            style={{ width: 140 }}
            value={severity}
            allowClear
            placeholder={t('warn.allSeverities')}
            onChange={(v: string | undefined) => update({ severity: v ?? null })}
            options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(t, s) }))}
          />
        </Flex>
        <PagedTable<Warning>
          query={query}
          columns={columns}
          rowKey="id"
          {...paging}
          emptyText={status === 'OPEN' && !rule && !severity ? t('warn.emptyOpen') : t('warn.empty')}
          scrollX={1150}
        />
      </Card>
      <AcknowledgeModal warning={acknowledging} onClose={() => setAcknowledging(null)} />
    </>
  );
}
