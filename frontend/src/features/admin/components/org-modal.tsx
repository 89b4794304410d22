import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { enumOptions, ORG_TYPES, orgTypeLabel } from '@/lib/enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useAdminI18n } from '../i18n';
import { orgOptions, type Org } from '@/lib/orgs';
import { useCreateOrg } from '../api/create-org';
import { useUpdateOrg } from '../api/update-org';
import { createOrgSchema } from '../schemas/admin-schemas';
import { EditModal } from './editing';
import { useNotify } from '@/lib/notify';
import { charLimit, ORG_NAME } from '@/lib/text-limits';

const FIELDS = ['code', 'name', 'type', 'parentId'];

/** Create (org = null) or edit an organisation. */
export function OrgModal({
  open,
  org,
  orgs,
  onClose,
}: {
  open: boolean;
  org: Org | null;
  orgs: Org[];
  onClose: () => void;
}) {
  const { t } = useAdminI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const create = useCreateOrg();
  const update = useUpdateOrg();
  const busy = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (org)
      form.setFieldsValue({ code: org.code, name: org.name, type: org.type, parentId: org.parentId ?? undefined });
  }, [open, org, form]);

  const onOk = () => {
    if (busy) return;
    const parsed = createOrgSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => handleFormError(form, e, message, FIELDS),
    };
    if (org) update.mutate({ id: org.id, body: parsed.data }, done);
    else create.mutate(parsed.data, done);
  };

  return (
    <EditModal
      open={open}
      title={org ? t('admin.editOrg') : t('admin.newOrg')}
      busy={busy}
      onOk={onOk}
      onClose={onClose}
    >
      <Form
        form={form}
        name="org"
        layout="vertical"
        onValuesChange={(changed) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="code" label={t('admin.orgCode')} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.orgName')} required>
          <Input autoComplete="off" count={charLimit(ORG_NAME)} />
        </Form.Item>
        <Form.Item name="type" label={t('admin.orgType')} required>
          <Select options={enumOptions(ORG_TYPES, orgTypeLabel, t)} placeholder={t('form.selectPlaceholder')} />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.orgParent')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={orgOptions(orgs, (o) => o.id !== org?.id)}
            placeholder={t('form.selectPlaceholder')}
          />
        </Form.Item>
      </Form>
    </EditModal>
  );
}
