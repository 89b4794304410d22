import { Descriptions, Grid, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CategoryTag } from '@/components/ui/category-tag';
import { frequencyLabel } from '@/lib/enums';
import { scopeLabel } from '../enums';
import { formatDate, formatDateTime } from '@/lib/format';
import { useAdmissionI18n, type AdmissionKey } from '../i18n';
import { RED_FLAG_FIELDS, type ApplicationDetail } from '../types';
import { StatusTag } from './status-tag';

const multiline = (v: string | null | undefined): ReactNode =>
  v ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v}</Typography.Paragraph> : '—';

/** 实施范围: all villages, or the townships chosen (all their villages) and the villages chosen one by one. */
function ScopeText({ application: a }: { application: ApplicationDetail }) {
  const { t } = useAdmissionI18n();
  const townships = a.targetTownshipNames ?? [];
  const villages = a.targetVillageNames ?? [];
  if (a.targetScope !== 'SELECTED' || (townships.length === 0 && villages.length === 0)) {
    return <>{scopeLabel(t, a.targetScope) || '—'}</>;
  }
  const sep = t('common.separator');
  return (
    <Space orientation="vertical" size={2} data-testid="target-scope">
      <span>{scopeLabel(t, a.targetScope)}</span>
      {townships.length ? <span>{t('detail.targetTownshipsLine', { names: townships.join(sep) })}</span> : null}
      {villages.length ? <span>{t('detail.targetVillagesLine', { names: villages.join(sep) })}</span> : null}
    </Space>
  );
}

/** All fields of an application, enum values with their Chinese labels. */
export function ApplicationDescriptions({ application: a }: { application: ApplicationDetail }) {
  const { t } = useAdmissionI18n();
  const flags = RED_FLAG_FIELDS.filter((f) => a[f]);
  // on a phone the label goes above its value, so neither is squeezed to a character per line
  const phone = !Grid.useBreakpoint().sm;
  // long text takes a whole row (two columns from md up, one below)
  const full = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };
  type Row = { key: string; label: string; children: ReactNode; span?: typeof full | 'filled' };
  // antd does not wrap a whole-row item onto a new line: close a group of half-width items with 'filled'
  const group = (rows: Row[]): Row[] =>
    rows.length % 2 === 1 ? [...rows.slice(0, -1), { ...rows[rows.length - 1], span: 'filled' }] : rows;

  const items: Row[] = [
    { key: 'itemName', label: t('form.itemName'), children: a.itemName || '—', span: full },
    ...group([
      { key: 'status', label: t('common.status'), children: <StatusTag status={a.status} /> },
      {
        key: 'category',
        label: t('form.category'),
        children: a.category ? <CategoryTag category={a.category} /> : '—',
      },
      ...(a.listNo
        ? [{ key: 'listNo', label: t('detail.listNo'), children: <Tag color="green">{a.listNo}</Tag> }]
        : []),
      { key: 'leadOrg', label: t('form.leadOrg'), children: a.leadOrgName ?? '—' },
      {
        key: 'coop',
        label: t('form.cooperatingOrgs'),
        children: a.cooperatingOrgNames?.length ? a.cooperatingOrgNames.join(t('common.separator')) : '—',
      },
      {
        key: 'scope',
        label: t('form.targetScope'),
        children: <ScopeText application={a} />,
      },
      { key: 'workload', label: t('form.workload'), children: a.workloadHoursPerMonth ?? '—' },
      { key: 'frequency', label: t('form.frequency'), children: frequencyLabel(t, a.frequency) || '—' },
      {
        key: 'funding',
        label: t('form.fundingFollows'),
        children: a.fundingFollows ? t('common.yes') : t('common.no'),
      },
      {
        key: 'validity',
        label: t('detail.validity'),
        children:
          a.validFrom || a.validTo ? `${formatDate(a.validFrom) || '…'} ~ ${formatDate(a.validTo) || '…'}` : '—',
      },
    ]),
    { key: 'legalBasis', label: t('form.legalBasis'), children: multiline(a.legalBasis), span: full },
    { key: 'content', label: t('form.content'), children: multiline(a.content), span: full },
    { key: 'standard', label: t('form.performanceStandard'), children: multiline(a.performanceStandard), span: full },
    {
      key: 'flags',
      label: t('detail.negativeItems'),
      span: full,
      children: flags.length ? (
        <Space size={[4, 4]} wrap>
          {flags.map((f) => (
            <Tag key={f} color="orange">
              {t(`form.${f}` as AdmissionKey)}
            </Tag>
          ))}
        </Space>
      ) : (
        t('detail.noNegativeItems')
      ),
    },
    ...(a.fundingFollows || a.fundingNote
      ? [{ key: 'fundingNote', label: t('form.fundingNote'), children: multiline(a.fundingNote), span: full }]
      : []),
    { key: 'self', label: t('form.selfAssessment'), children: multiline(a.selfAssessment), span: full },
    ...(a.refusalReason
      ? [{ key: 'refusal', label: t('detail.refusalReason'), children: multiline(a.refusalReason), span: full }]
      : []),
    ...group([
      { key: 'applicant', label: t('detail.applicant'), children: a.applicantName || a.applicantUsername },
      { key: 'applicantOrg', label: t('detail.applicantOrg'), children: a.applicantOrgName },
      { key: 'submittedAt', label: t('detail.submittedAt'), children: formatDateTime(a.submittedAt) || '—' },
      { key: 'updatedAt', label: t('detail.updatedAt'), children: formatDateTime(a.updatedAt) || '—' },
      ...(a.decidedAt
        ? [{ key: 'decidedAt', label: t('detail.decidedAt'), children: formatDateTime(a.decidedAt) }]
        : []),
    ]),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
      layout={phone ? 'vertical' : 'horizontal'}
    />
  );
}
