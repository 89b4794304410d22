import { Form, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Org } from '@/lib/orgs';
import { useAdmissionI18n } from '../i18n';
import { splitTargets, targetTree } from '../utils/targets';

type TargetTreeSelectProps = {
  /** the townships chosen (the Form.Item `targetTownshipIds` this control is bound to) */
  value?: number[];
  onChange?: (townshipIds: number[]) => void;
  id?: string;
  orgs: readonly Org[] | undefined;
  loading?: boolean;
};

const NONE: number[] = [];

/**
 * One searchable tree for the scope: townships with their villages. Bound to `targetTownshipIds`; the
 * villages ticked one by one go into the form's `targetVillageIds` beside it.
 */
export function TargetTreeSelect({ value, onChange, id, orgs, loading }: TargetTreeSelectProps) {
  const { t } = useAdmissionI18n();
  const form = Form.useFormInstance();
  const villages = Form.useWatch<number[] | undefined>('targetVillageIds', { form, preserve: true });
  const townshipIds = value ?? NONE;
  const villageIds = villages ?? NONE;
  const treeData = useMemo(() => targetTree(orgs, (name) => t('form.wholeTownship', { name })), [orgs, t]);
  const checked = useMemo(() => [...townshipIds, ...villageIds], [townshipIds, villageIds]);

  const change = (values: number[]) => {
    const next = splitTargets(values ?? [], orgs, { townshipIds, villageIds });
    // the villages first: onChange reports the change to the form, which then saves both lists
    form.setFieldValue('targetVillageIds', next.villageIds);
    onChange?.(next.townshipIds);
  };

  return (
    <TreeSelect<number[]>
      id={id}
      value={checked}
      onChange={change}
      treeData={treeData}
      treeNodeLabelProp="label"
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_PARENT}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      maxTagCount="responsive"
      virtual={false}
      listHeight={320}
      loading={loading}
      placeholder={t('form.targetsPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
