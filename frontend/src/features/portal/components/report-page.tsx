import { CheckCircleOutlined, InfoCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Result, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ClueFormFields } from '@/components/ui/clue-form-fields';
import { QueryCodeReceipt } from '@/components/ui/query-code-receipt';
import { paths } from '@/config/paths';
import { CLUE_FORM_FIELDS, type ClueFormValues, type ClueReceipt } from '@/lib/clue-form';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { formatFileSize } from '@/lib/format';
import { usePortalI18n } from '../i18n';
import { usePublicOrgs } from '../api/get-public-orgs';
import { useSubmitClue } from '../api/submit-clue';
import { createReportSchema, refusalDescription } from '../schemas/report-schema';
import type { PublicClueView } from '../types';
import { ClueFileUpload } from './clue-file-upload';
import { PortalNav } from './portal-nav';
import { useNotify } from '@/lib/notify';

/**
 * 线索征集专区: anyone reports a burden problem, anonymously by default. `?task=` (from the public
 * lookup's "not found") makes it a village's refusal of a non-admitted task.
 */
export function ReportPage() {
  const { t } = usePortalI18n();
  const message = useNotify();
  const [params] = useSearchParams();
  const refusedTask = params.get('task')?.trim() || null;
  const [form] = Form.useForm<ClueFormValues>();
  const orgs = usePublicOrgs();
  const submit = useSubmitClue();
  const schema = useMemo(() => createReportSchema(t), [t]);
  const anonymous = Form.useWatch('anonymous', form) ?? true;
  // the receipt lives only here: after "我已保存" it is dropped and the code cannot be shown again
  const [receipt, setReceipt] = useState<ClueReceipt | null>(null);
  const [files, setFiles] = useState<PublicClueView['files']>([]);
  const [finished, setFinished] = useState<string | null>(null);

  const initialValues: Partial<ClueFormValues> = useMemo(
    () =>
      refusedTask
        ? {
            source: 'VILLAGE_REFUSAL',
            category: 'UNADMITTED_TASK',
            anonymous: true,
            description: refusalDescription(t, refusedTask),
          }
        : { source: 'PORTAL', anonymous: true },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [refusedTask],
  );

  const onFinish = () => {
    if (submit.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), CLUE_FORM_FIELDS);
    submit.mutate(parsed.data, {
      onSuccess: (r) => {
        setReceipt(r);
        setFiles([]);
        submit.reset(); // not even the mutation cache keeps the code
        form.resetFields();
        document.scrollingElement?.scrollTo?.(0, 0);
      },
      onError: (e) => handleFormError(form, e, message, CLUE_FORM_FIELDS),
    });
  };

  if (receipt) {
    return (
      <div className="public-page">
        <PortalNav />
        <Result
          status="success"
          icon={<CheckCircleOutlined aria-hidden />}
          title={t('report.successTitle')}
          subTitle={t('report.successSub')}
          style={{ padding: '16px 0' }}
        />
        <QueryCodeReceipt
          receipt={receipt}
          onDone={() => {
            setFinished(receipt.clueNo);
            setReceipt(null);
          }}
        >
          <Divider />
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('report.addFilesTitle')}
          </Typography.Title>
          <ClueFileUpload
            credentials={{ clueNo: receipt.clueNo, code: receipt.queryCode }}
            onUploaded={(v) => setFiles(v.files)}
          />
          {files.length ? (
            <ul className="plain-list" aria-label={t('portal.myFiles')}>
              {files.map((f) => (
                <li key={`${f.fileName}-${f.uploadedAt}`} className="plain-list-item">
                  <PaperClipOutlined aria-hidden /> {f.fileName}{' '}
                  <Typography.Text type="secondary">{formatFileSize(f.size)}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : null}
        </QueryCodeReceipt>
      </div>
    );
  }

  if (finished) {
    return (
      <div className="public-page">
        <PortalNav />
        <Result
          status="success"
          title={t('report.finishedTitle', { clueNo: finished })}
          subTitle={t('report.finishedSub')}
          extra={[
            <Link key="track" to={paths.publicTrack.getHref()}>
              <Button type="primary">{t('portal.nav.track')}</Button>
            </Link>,
            <Button key="again" onClick={() => setFinished(null)}>
              {t('report.again')}
            </Button>,
          ]}
        />
      </div>
    );
  }

  return (
    <div className="public-page">
      <PortalNav />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {refusedTask ? t('report.refusalTitle') : t('report.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        <InfoCircleOutlined aria-hidden /> {t('report.intro')}
      </Typography.Paragraph>
      {refusedTask ? (
        <Alert
          type="warning"
          showIcon
          title={t('report.refusalNote', { task: refusedTask })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card>
        <Form
          form={form}
          name="report"
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          onValuesChange={(changed) =>
            clearChangedFieldErrors(form, changed, 'reportedUnitText' in changed ? ['reportedOrgId'] : [])
          }
        >
          <ClueFormFields
            orgs={orgs.data}
            orgsLoading={orgs.isPending}
            anonymous={anonymous}
            categoryLocked={!!refusedTask}
            contactHint={t('report.anonymousHint')}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('report.filesLater')}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
            {t('report.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
