import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { orgTypeLabel, type OrgType } from '@/lib/enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { useOrgs, type Org } from '@/lib/orgs';
import { charLimit, cutToChars, TOPIC_DESCRIPTION, TOPIC_TITLE } from '@/lib/text-limits';
import { useCreateTopic } from '../api/create-topic';
import { useRecurI18n, type RecurTranslate } from '../i18n';
import { createTopicFormSchema } from '../schemas/topic-form-schema';
import type { RecurringProblem } from '../types';
import { problemLabel } from '../utils/labels';

const FIELDS = ['title', 'description', 'leadOrgId', 'deadline', 'clueIds'];

/** The organisations that may lead a topic, in this order. */
const LEAD_TYPES: readonly OrgType[] = ['COUNTY_DEPT', 'TOWNSHIP', 'VILLAGE'];

/** The lead unit picker's options, grouped by kind; a village named with its township. */
function leadOptions(t: RecurTranslate, orgs: Org[] | undefined) {
  const all = orgs ?? [];
  const nameOf = (id: number | null) => all.find((o) => o.id === id)?.name;
  return LEAD_TYPES.map((type) => ({
    label: orgTypeLabel(t, type),
    title: orgTypeLabel(t, type),
    options: all
      .filter((o) => o.type === type)
      .map((o) => {
        const township = type === 'VILLAGE' ? nameOf(o.parentId) : undefined;
        return { value: o.id, label: township ? t('common.parenthesized', { text: o.name, note: township }) : o.name };
      }),
  })).filter((g) => g.options.length > 0);
}

/**
 * 立为专项治理: the title from the group's name, the group's clues selected, and for a unit's or a
 * township's group that organisation as the lead unit (when it may lead one); then the new topic opens.
 */
export function OpenTopicModal({ problem, onClose }: { problem: RecurringProblem | null; onClose: () => void }) {
  const { t } = useRecurI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const create = useCreateTopic();
  const open = problem !== null;
  const orgs = useOrgs(open);
  const today = dayjs().startOf('day');
  const options = useMemo(() => leadOptions(t, orgs.data), [t, orgs.data]);

  useEffect(() => {
    if (!problem) return;
    form.resetFields();
    form.setFieldsValue({ title: cutToChars(problemLabel(t, problem), TOPIC_TITLE), clueIds: problem.clueIds });
  }, [problem, form, t]);

  // a unit's or township's problem: that organisation leads, unless the user picked another already
  useEffect(() => {
    if (!problem || (problem.groupBy !== 'UNIT' && problem.groupBy !== 'TOWNSHIP') || !orgs.data) return;
    const org = orgs.data.find((o) => String(o.id) === problem.key);
    if (org && LEAD_TYPES.includes(org.type) && form.getFieldValue('leadOrgId') === undefined) {
      form.setFieldsValue({ leadOrgId: org.id });
    }
  }, [problem, orgs.data, form]);

  const onOk = () => {
    if (!problem || create.isPending) return;
    const parsed = createTopicFormSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (detail) => {
        message.success(t('recur.opened'));
        onClose();
        void navigate(paths.specialTopicDetail.getHref(detail.id));
      },
      onError: (e) => handleFormError(form, e, message, FIELDS),
    });
  };

  const clueOptions = (problem?.clueIds ?? []).map((id, i) => ({
    value: id,
    label: problem?.clueNos[i] ?? t('recur.clueRef', { id }),
  }));

  return (
    <Modal
      open={open}
      title={t('recur.open')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('recur.form.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      forceRender
    >
      <Form
        form={form}
        name="open-topic"
        layout="vertical"
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="title" label={t('recur.form.title')} required>
          <Input count={charLimit(TOPIC_TITLE)} />
        </Form.Item>
        <Form.Item name="description" label={t('recur.form.description')} required>
          <Input.TextArea
            rows={4}
            count={charLimit(TOPIC_DESCRIPTION)}
            placeholder={t('recur.form.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="leadOrgId" label={t('recur.form.lead')} extra={t('recur.form.leadHint')} required>
          <Select
            aria-label={t('recur.form.lead')}
            showSearch
            optionFilterProp="label"
            loading={orgs.isPending}
            options={options}
            placeholder={t('form.selectPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('recur.form.deadline')} required>
          <DatePicker
            style={{ width: '100%' }}
            aria-label={t('recur.form.deadline')}
            disabledDate={(d) => d.isBefore(today, 'day')}
          />
        </Form.Item>
        <Form.Item name="clueIds" label={t('recur.form.clues')} extra={t('recur.form.cluesHint')}>
          <Select mode="multiple" aria-label={t('recur.form.clues')} options={clueOptions} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
