import { Alert, Card, Empty, List, Space, Typography } from 'antd';
import { QueryError } from '@/components/ui/query-error';
import { categoryLabel, frequencyLabel } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useApplicationChanges } from '../api/get-application-changes';
import { useAdmissionI18n, type AdmissionKey, type AdmissionTranslate } from '../i18n';
import type { FieldChange, PreCheckFinding } from '../types';
import { findingText } from '../utils/finding-text';

/** The form's own label for each field the server may name; any other keeps the server's Chinese label. */
const LABELS: Record<string, AdmissionKey> = {
  itemName: 'form.itemName',
  category: 'form.category',
  legalBasis: 'form.legalBasis',
  content: 'form.content',
  performanceStandard: 'form.performanceStandard',
  leadOrgId: 'form.leadOrg',
  cooperatingOrgIds: 'form.cooperatingOrgs',
  targetScope: 'form.targetScope',
  targetTownshipIds: 'form.targetTownships',
  workloadHoursPerMonth: 'form.workload',
  frequency: 'form.frequency',
  requiresDataReporting: 'form.requiresDataReporting',
  requiresSignboard: 'form.requiresSignboard',
  requiresCertificate: 'form.requiresCertificate',
  requiresAppOrChatGroup: 'form.requiresAppOrChatGroup',
  requiresCheckIn: 'form.requiresCheckIn',
  requiresPhotoProof: 'form.requiresPhotoProof',
  fundingFollows: 'form.fundingFollows',
  fundingNote: 'form.fundingNote',
  validFrom: 'form.validFrom',
  validTo: 'form.validTo',
  selfAssessment: 'form.selfAssessment',
};

/** A side of a change in the reader's language: choices and yes/no from their codes, the rest as typed. */
function sideText(t: AdmissionTranslate, change: FieldChange, text: string | null, code: string | null): string {
  if (code !== null && change.kind === 'FLAG') return code === 'true' ? t('common.yes') : t('common.no');
  if (code !== null && change.field === 'category') return categoryLabel(t, code);
  if (code !== null && change.field === 'frequency') return frequencyLabel(t, code);
  if (code !== null && change.field === 'targetScope') return code === 'ALL' ? t('scope.ALL') : t('scope.SELECTED');
  return text ?? t('changes.blank');
}

function Findings({ title, findings }: { title: string; findings: PreCheckFinding[] }) {
  const { t } = useAdmissionI18n();
  if (!findings.length) return null;
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`} data-code={f.code}>
            {findingText(t, f)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 本次修改: for the reviewers of a resubmitted application, field by field and the pre-check's movement. */
export function ChangesCard({ applicationId }: { applicationId: number }) {
  const { t } = useAdmissionI18n();
  const query = useApplicationChanges(applicationId, true);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  if (!query.isPending && (!c || !c.resubmitted)) return null;
  return (
    <Card title={t('changes.title')} loading={query.isPending} data-testid="changes-card">
      {c ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('changes.hint', { no: c.submissionNo, at: formatDateTime(c.previousSubmittedAt) })}
          </Typography.Text>
          {c.fields.length ? (
            <List
              size="small"
              dataSource={c.fields}
              rowKey="field"
              renderItem={(f) => (
                <List.Item data-field={f.field}>
                  <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                    <Typography.Text strong>{LABELS[f.field] ? t(LABELS[f.field]) : f.label}</Typography.Text>
                    <Typography.Text type="secondary" style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>
                      {t('changes.before')}：<del>{sideText(t, f, f.before, f.beforeCode)}</del>
                    </Typography.Text>
                    <Typography.Text style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>
                      {t('changes.after')}：{sideText(t, f, f.after, f.afterCode)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('changes.noFields')} />
          )}
          <Findings title={t('changes.findingsAdded')} findings={c.findingsAdded} />
          <Findings title={t('changes.findingsRemoved')} findings={c.findingsRemoved} />
          {c.findingsAdded.length || c.findingsRemoved.length ? null : (
            <Alert type="info" showIcon title={t('changes.findingsSame')} />
          )}
        </Space>
      ) : null}
    </Card>
  );
}
