import { Alert, Button, Empty, Flex, Form, Radio, Select, Switch, Typography } from 'antd';
import { PhraseTextArea } from '@/components/ui/phrase-picker';
import { useEffect, useMemo, useRef } from 'react';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { clueStatusLabel, isGrassrootsOrgType } from '@/lib/enums';
import { useClueI18n, type ClueKey } from '../i18n';
import { useOrgs } from '@/lib/orgs';
import { useClueDuplicates } from '../api/get-clue-duplicates';
import { useTriageTask } from '../api/triage-task';
import { createTriageSchema, MAX_UNITS, TRIAGE_DECISIONS, type TriageDecision } from '../schemas/task-schemas';
import { charLimit, CLUE_COMMENT } from '@/lib/text-limits';
import type { ClueCurrentTask, ClueDetail } from '../types';
import { suggestedUnits } from '../utils/suggested-units';
import { useNotify } from '@/lib/notify';

const FIELDS = ['decision', 'reason', 'mergeIntoClueId', 'unitIds', 'dual'];
const DECISION_LABELS: Record<TriageDecision, ClueKey> = {
  ASSIGN: 'clueTask.triage.ASSIGN',
  MERGE: 'clueTask.triage.MERGE',
  NOT_ACCEPTED: 'clueTask.triage.NOT_ACCEPTED',
};

/** 快速分办: not accepted, merged into a duplicate, or (dual-)assigned to units. */
export function TriagePanel({ clue, task, disabled }: { clue: ClueDetail; task: ClueCurrentTask; disabled: boolean }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const triage = useTriageTask();
  const orgs = useOrgs();
  const duplicates = useClueDuplicates(clue.id);
  const decision = Form.useWatch('decision', form) as TriageDecision | undefined;
  const unitIds = (Form.useWatch('unitIds', form) as number[] | undefined) ?? [];
  const dual = !!Form.useWatch('dual', form);

  const byId = useMemo(() => new Map((orgs.data ?? []).map((o) => [o.id, o])), [orgs.data]);
  const schema = useMemo(() => createTriageSchema(t, (id) => byId.get(id)?.type), [t, byId]);
  const unitOptions = useMemo(() => {
    const assignable = (orgs.data ?? []).filter((o) => o.type !== 'BURDEN_OFFICE');
    return [
      {
        label: t('clue.unit.grassroots'),
        title: t('clue.unit.grassroots'),
        options: assignable.filter((o) => isGrassrootsOrgType(o.type)).map((o) => ({ value: o.id, label: o.name })),
      },
      {
        label: t('clue.unit.department'),
        title: t('clue.unit.department'),
        options: assignable.filter((o) => !isGrassrootsOrgType(o.type)).map((o) => ({ value: o.id, label: o.name })),
      },
    ];
  }, [orgs.data, t]);

  // nothing typed twice: the unit reported and the village named in the place start selected,
  // once the organisations are there (unless the office has already chosen)
  const suggested = useRef(false);
  useEffect(() => {
    if (suggested.current || !orgs.data) return;
    suggested.current = true;
    if (form.isFieldTouched('unitIds')) return;
    const units = suggestedUnits(clue, orgs.data, MAX_UNITS);
    if (units.length) form.setFieldValue('unitIds', units);
  }, [orgs.data, clue, form]);

  const picked = unitIds.map((id) => byId.get(id)).filter((o) => o !== undefined);
  const grassroots = picked.filter((o) => isGrassrootsOrgType(o.type)).map((o) => o.name);
  const departments = picked.filter((o) => !isGrassrootsOrgType(o.type)).map((o) => o.name);

  const onFinish = () => {
    if (triage.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    triage.mutate(
      { taskId: task.taskId, ...parsed.data },
      {
        onSuccess: () => message.success(t('clueTask.done')),
        onError: (e) => handleFormError(form, e, message, FIELDS),
      },
    );
  };

  return (
    <Form
      form={form}
      name="triage"
      layout="vertical"
      onFinish={onFinish}
      disabled={disabled}
      initialValues={{ decision: 'ASSIGN', dual: false, unitIds: [] }}
      onValuesChange={(changed) => clearChangedFieldErrors(form, changed, 'dual' in changed ? ['unitIds'] : [])}
    >
      {duplicates.data?.length && decision !== 'MERGE' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('clueTask.triage.duplicatesFound', { count: duplicates.data.length })}
        />
      ) : null}
      <Form.Item name="decision" label={t('clueTask.triage.decision')} required>
        <Radio.Group
          options={TRIAGE_DECISIONS.map((d) => ({ value: d, label: t(DECISION_LABELS[d]) }))}
          aria-label={t('clueTask.triage.decision')}
        />
      </Form.Item>
      {decision === 'ASSIGN' ? (
        <>
          <Form.Item
            name="unitIds"
            label={t('clueTask.triage.units')}
            required
            extra={t('clueTask.triage.unitsHint', { max: MAX_UNITS })}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={unitOptions}
              loading={orgs.isPending}
              aria-label={t('clueTask.triage.units')}
              placeholder={t('clueTask.triage.unitsPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="dual"
            label={t('clueTask.triage.dual')}
            valuePropName="checked"
            extra={t('clueTask.triage.dualHint')}
          >
            <Switch aria-label={t('clueTask.triage.dual')} />
          </Form.Item>
          {dual ? (
            <Alert
              type={grassroots.length && departments.length ? 'success' : 'warning'}
              showIcon
              style={{ marginBottom: 16 }}
              title={t('clueTask.triage.dualSummary', {
                grassroots: grassroots.join(t('common.separator')) || t('clueTask.triage.missing'),
                departments: departments.join(t('common.separator')) || t('clueTask.triage.missing'),
              })}
            />
          ) : null}
        </>
      ) : null}
      {decision === 'MERGE' ? (
        <Form.Item name="mergeIntoClueId" label={t('clueTask.triage.mergeInto')} required>
          {duplicates.data && duplicates.data.length ? (
            <Radio.Group style={{ width: '100%' }} aria-label={t('clueTask.triage.mergeInto')}>
              <Flex vertical gap={8}>
                {duplicates.data.map((d) => (
                  <Radio key={d.id} value={d.id}>
                    <Typography.Text strong>{d.clueNo}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {clueStatusLabel(t, d.status)} ·{' '}
                      {t('clueTask.triage.similarity', { value: Math.round(d.similarity * 100) })}
                    </Typography.Text>
                    <div style={{ fontSize: 12 }}>{d.excerpt}</div>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={duplicates.isPending ? t('common.loading') : t('clueTask.triage.noDuplicates')}
            />
          )}
        </Form.Item>
      ) : null}
      <Form.Item
        name="reason"
        label={decision === 'NOT_ACCEPTED' ? t('clueTask.triage.reasonRequired') : t('clueTask.triage.reason')}
        required={decision === 'NOT_ACCEPTED'}
      >
        <PhraseTextArea rows={3} count={charLimit(CLUE_COMMENT)} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={triage.isPending} disabled={disabled || triage.isPending}>
          {t('clueTask.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
