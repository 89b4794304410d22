import { Form, Input, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { enumOptions, ROLES } from '@/lib/enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useAdminI18n } from '../i18n';
import { roleLabel } from '../enums';
import { orgOptions, useOrgs } from '@/lib/orgs';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { createUserSchema } from '../schemas/admin-schemas';
import type { User } from '../types';
import { EditModal } from './editing';
import { useNotify } from '@/lib/notify';
import { charLimit, DISPLAY_NAME } from '@/lib/text-limits';

const FIELDS = ['username', 'displayName', 'password', 'orgId', 'roles', 'enabled'];

/** Create (user = null) or edit a user. */
export function UserModal({ open, user, onClose }: { open: boolean; user: User | null; onClose: () => void }) {
  const { t } = useAdminI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const orgs = useOrgs(open);
  const create = useCreateUser();
  const update = useUpdateUser();
  const busy = create.isPending || update.isPending;
  const mode = user ? 'edit' : 'create';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            displayName: user.displayName,
            orgId: user.orgId,
            roles: user.roles,
            enabled: user.enabled,
            password: '',
          }
        : { enabled: true, roles: [] },
    );
  }, [open, user, form]);

  const onOk = () => {
    if (busy) return;
    const parsed = createUserSchema(t, mode).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    const v = parsed.data;
    const done = {
      onSuccess: () => {
        message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => handleFormError(form, e, message, FIELDS),
    };
    if (user) {
      update.mutate(
        {
          id: user.id,
          body: {
            displayName: v.displayName,
            orgId: v.orgId,
            roles: v.roles,
            enabled: v.enabled,
            ...(v.password ? { password: v.password } : {}),
          },
        },
        done,
      );
    } else {
      create.mutate(
        {
          username: v.username,
          displayName: v.displayName,
          password: v.password ?? '',
          orgId: v.orgId,
          roles: v.roles,
        },
        done,
      );
    }
  };

  return (
    <EditModal
      open={open}
      title={user ? t('admin.editUser') : t('admin.newUser')}
      busy={busy}
      onOk={onOk}
      onClose={onClose}
    >
      <Form
        form={form}
        name="user"
        layout="vertical"
        onValuesChange={(changed) => clearChangedFieldErrors(form, changed)}
      >
        <Form.Item name="username" label={t('admin.username')} required>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.displayName')} required>
          <Input autoComplete="off" count={charLimit(DISPLAY_NAME)} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.password')}
          required={!user}
          extra={user ? t('admin.passwordEditHelp') : undefined}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="orgId" label={t('admin.org')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgs.isPending}
            options={orgOptions(orgs.data)}
            placeholder={t('form.selectPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} required>
          <Select
            mode="multiple"
            options={enumOptions(ROLES, roleLabel, t)}
            placeholder={t('form.selectPlaceholder')}
          />
        </Form.Item>
        {user ? (
          <Form.Item name="enabled" label={t('admin.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </EditModal>
  );
}
