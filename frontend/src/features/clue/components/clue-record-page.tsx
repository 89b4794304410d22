import { Button, Card, Flex, Form, Radio } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ClueFormFields } from './clue-form-fields';
import { PageHeader } from '@/components/ui/page-header';
import { QueryCodeReceipt } from '@/components/ui/query-code-receipt';
import { paths } from '@/config/paths';
import { CLUE_FORM_FIELDS, type ClueFormValues, type ClueReceipt } from '@/lib/clue-form';
import { STAFF_CLUE_SOURCES, enumOptions } from '@/lib/enums';
import { clueSourceLabel } from '../enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useClueI18n } from '../i18n';
import { useOrgs } from '@/lib/orgs';
import { useRecordClue } from '../api/record-clue';
import { createRecordSchema } from '../schemas/record-schema';
import { useNotify } from '@/lib/notify';

/** The office records a clue taken by phone, from the mailbox or found in an inspection; the caller gets the code. */
export function ClueRecordPage() {
  const { t } = useClueI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClueFormValues>();
  const orgs = useOrgs();
  const record = useRecordClue();
  const schema = useMemo(() => createRecordSchema(t), [t]);
  const anonymous = Form.useWatch('anonymous', form) ?? true;
  const [receipt, setReceipt] = useState<ClueReceipt | null>(null);

  const onFinish = () => {
    if (record.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), CLUE_FORM_FIELDS);
    record.mutate(parsed.data, {
      onSuccess: (r) => {
        setReceipt(r);
        record.reset();
      },
      onError: (e) => handleFormError(form, e, message, CLUE_FORM_FIELDS),
    });
  };

  if (receipt) {
    return (
      <>
        <PageHeader title={t('clue.recordedTitle')} />
        <QueryCodeReceipt receipt={receipt} onDone={() => void navigate(paths.clueDetail.getHref(receipt.id))} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('nav.clueNew')} />
      <Card style={{ maxWidth: 880 }}>
        <Form
          form={form}
          name="record-clue"
          layout="vertical"
          initialValues={{ source: 'HOTLINE', anonymous: true }}
          onFinish={onFinish}
          onValuesChange={(changed) =>
            clearChangedFieldErrors(form, changed, 'reportedUnitText' in changed ? ['reportedOrgId'] : [])
          }
        >
          <Form.Item name="source" label={t('clue.col.source')} required>
            <Radio.Group
              options={enumOptions(STAFF_CLUE_SOURCES, clueSourceLabel, t)}
              aria-label={t('clue.col.source')}
            />
          </Form.Item>
          <ClueFormFields
            orgs={orgs.data}
            orgsLoading={orgs.isPending}
            anonymous={anonymous}
            contactHint={t('clue.recordAnonymousHint')}
          />
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              {t('clue.recordSubmit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
