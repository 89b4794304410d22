import { Alert, Button, Flex, Form, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { isGrassrootsOrgType } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useOrgs } from '@/lib/orgs';
import { useReassignTask } from '../api/reassign-task';
import { useClueI18n } from '../i18n';
import { createReassignSchema, REASSIGN_DECISIONS } from '../schemas/return-schemas';
import type { ClueCurrentTask, ClueDetail, ReassignDecision } from '../types';

const FIELDS = ['decision', 'orgId'];

/**
 * 重新交办 (OFFICE) after a unit's 退单: the unit's reason, then another unit in its place (not the office,
 * nor a unit already on the clue) or the other units carry on.
 */
export function ReassignPanel({
  clue,
  task,
  disabled,
}: {
  clue: ClueDetail;
  task: ClueCurrentTask;
  disabled: boolean;
}) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const reassign = useReassignTask();
  const orgs = useOrgs();
  const schema = useMemo(() => createReassignSchema(t), [t]);
  const decision = Form.useWatch('decision', form) as ReassignDecision | undefined;
  const returned = (clue.returns ?? []).filter((r) => r.unitId === task.unitId && r.decision === null).at(-1);

  const orgOptions = useMemo(() => {
    const onClue = new Set(clue.units.map((u) => u.orgId));
    const assignable = (orgs.data ?? []).filter((o) => o.type !== 'BURDEN_OFFICE' && !onClue.has(o.id));
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
  }, [orgs.data, clue.units, t]);

  const onFinish = () => {
    if (reassign.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    reassign.mutate(
      { taskId: task.taskId, ...parsed.data },
      {
        onSuccess: () => message.success(t('clueTask.done')),
        onError: (e) => handleFormError(form, e, message, FIELDS),
      },
    );
  };

  return (
    <>
      {returned ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="reassign-return"
          title={t('clueReassign.returned', { org: returned.orgName })}
          description={
            <>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                {t('common.labelled', { label: t('clueReassign.reason'), value: returned.reason })}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('clueReturns.returned', {
                  name: returned.returnedByName || returned.returnedBy,
                  at: formatDateTime(returned.returnedAt),
                })}
              </Typography.Text>
            </>
          }
        />
      ) : (
        <Alert type="warning" showIcon title={t('clueReassign.noReturn')} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        name={`reassign-${task.taskId}`}
        layout="vertical"
        onFinish={onFinish}
        disabled={disabled}
        onValuesChange={(changed) => clearChangedFieldErrors(form, changed, 'decision' in changed ? ['orgId'] : [])}
      >
        <Form.Item name="decision" label={t('clueReassign.decision')} required>
          <Radio.Group
            options={REASSIGN_DECISIONS.map((d) => ({ value: d, label: t(`clueReassign.${d}`) }))}
            aria-label={t('clueReassign.decision')}
          />
        </Form.Item>
        {decision === 'REASSIGN' ? (
          <Form.Item name="orgId" label={t('clueReassign.org')} required>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={orgOptions}
              loading={orgs.isPending}
              aria-label={t('clueReassign.org')}
              placeholder={t('clueReassign.orgPlaceholder')}
            />
          </Form.Item>
        ) : null}
        {decision === 'CONTINUE' ? (
          <Alert type="info" showIcon title={t('clueReassign.continueHint')} style={{ marginBottom: 16 }} />
        ) : null}
        <Flex justify="flex-end">
          <Button
            type="primary"
            htmlType="submit"
            loading={reassign.isPending}
            disabled={disabled || reassign.isPending}
          >
            {t('clueTask.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
