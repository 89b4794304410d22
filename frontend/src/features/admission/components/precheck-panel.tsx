import { Alert, Descriptions, Empty, Space, Tag } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useAdmissionI18n } from '../i18n';
import type { PreCheck } from '../types';
import { findingText, multiDepartment, similarityPercent } from '../utils/finding-text';

/** Findings of the automatic pre-check: WARN in orange, INFO in blue; the estimated total workload. */
export function PreCheckPanel({ preCheck }: { preCheck: PreCheck | null }) {
  const { t } = useAdmissionI18n();
  if (!preCheck) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.precheckNone')} />;
  const findings = [...(preCheck.findings ?? [])].sort((a, b) =>
    a.level === b.level ? 0 : a.level === 'WARN' ? -1 : 1,
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {/* label above value: in the narrow side column a label beside the value squeezes numbers into one digit a line */}
      <Descriptions
        size="small"
        layout="vertical"
        column={1}
        items={[
          {
            key: 'total',
            label: t('detail.estimatedTotal'),
            children:
              preCheck.estimatedHoursPerMonthTotal === null || preCheck.estimatedHoursPerMonthTotal === undefined
                ? '—'
                : t('common.hours', { value: preCheck.estimatedHoursPerMonthTotal }),
          },
          { key: 'villages', label: t('detail.targetVillageCount'), children: preCheck.targetVillageCount ?? '—' },
          { key: 'at', label: t('detail.checkedAt'), children: formatDateTime(preCheck.checkedAt) || '—' },
        ]}
      />
      {findings.length === 0 ? (
        <Alert type="success" showIcon title={t('detail.precheckOk')} />
      ) : (
        findings.map((f, i) => {
          const multi = multiDepartment(f);
          const similarity = similarityPercent(f);
          return (
            <Alert
              key={`${f.code}-${i}`}
              type={f.level === 'WARN' ? 'warning' : 'info'}
              showIcon
              title={findingText(t, f)}
              description={
                multi || similarity ? (
                  <Space wrap size={4}>
                    {multi ? (
                      <Tag color="red" data-testid="multi-department">
                        {multi.leadOrg
                          ? t('finding.multiDepartmentOrg', { leadOrg: multi.leadOrg })
                          : t('finding.multiDepartment')}
                      </Tag>
                    ) : null}
                    {similarity ? <Tag>{t('finding.similarity', { similarity })}</Tag> : null}
                  </Space>
                ) : undefined
              }
              data-code={f.code}
            />
          );
        })
      )}
    </Space>
  );
}
