import { Alert, Button, Card, Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { usePreferences, useUpdatePreferences } from '../api/preferences';
import { useNotificationsI18n } from '../i18n';
import { createPreferencesSchema, EMAIL_MAX, WEBHOOK_TO_MAX } from '../schemas/preferences-schema';
import type { Preferences } from '../types';

const FIELDS = ['email', 'emailEnabled', 'webhookTo', 'webhookEnabled', 'dailyDigest'];

/** 消息提醒方式: e-mail and the SMS / government WeChat gateway, each off unless the user turns it on. */
export function PreferencesPage() {
  const { t } = useNotificationsI18n();
  const message = useNotify();
  const [form] = Form.useForm<Preferences>();
  const prefs = usePreferences();
  const save = useUpdatePreferences();

  useEffect(() => {
    if (prefs.data) form.setFieldsValue(prefs.data);
  }, [prefs.data, form]);

  if (prefs.isPending) return <PageSpinner />;
  if (prefs.isError) return <QueryError error={prefs.error} onRetry={() => void prefs.refetch()} />;

  const onSave = () => {
    if (save.isPending) return;
    const parsed = createPreferencesSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: () => message.success(t('pref.saved')),
      onError: (e) => handleFormError(form, e, message, FIELDS),
    });
  };

  return (
    <>
      <PageHeader title={t('pref.title')} />
      <Card style={{ maxWidth: 640 }}>
        <Alert type="info" showIcon title={t('pref.quiet')} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          name="notification-preferences"
          layout="vertical"
          initialValues={prefs.data}
          onValuesChange={(changed: object) =>
            clearChangedFieldErrors(form, changed, [
              ...('emailEnabled' in changed ? ['email'] : []),
              ...('webhookEnabled' in changed ? ['webhookTo'] : []),
            ])
          }
          onFinish={onSave}
        >
          <Form.Item name="email" label={t('pref.email')}>
            <Input type="email" autoComplete="email" count={charLimit(EMAIL_MAX, false)} />
          </Form.Item>
          <Form.Item name="emailEnabled" label={t('pref.emailEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="webhookTo" label={t('pref.webhookTo')} extra={t('pref.webhookToHint')}>
            <Input autoComplete="tel" count={charLimit(WEBHOOK_TO_MAX, false)} />
          </Form.Item>
          <Form.Item name="webhookEnabled" label={t('pref.webhookEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="dailyDigest"
            label={t('pref.dailyDigest')}
            extra={t('pref.dailyDigestHint')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('pref.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
