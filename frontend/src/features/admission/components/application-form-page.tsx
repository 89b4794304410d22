import { Button, Result } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import type { FieldErrors } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useAdmissionI18n } from '../i18n';
import { useApplication } from '../api/get-application';
import { ApplicationForm } from './application-form';
import { StatusTag } from './status-tag';

/** `/applications/new` and `/applications/:id/edit`. */
export function ApplicationFormPage() {
  const { t } = useAdmissionI18n();
  const { id } = useParams();
  const location = useLocation();
  const { data: user } = useUser();
  const detail = useApplication(id);
  const handedOver = (location.state as { fieldErrors?: FieldErrors } | null)?.fieldErrors;

  // the applicant's organisation is always the lead department
  if (!user) return <PageSpinner />;
  const ownOrg = { id: user.orgId, name: user.orgName };
  if (id === undefined) {
    return (
      <>
        <PageHeader title={t('form.newTitle')} />
        <ApplicationForm key="new" application={null} ownOrg={ownOrg} />
      </>
    );
  }
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const application = detail.data;
  if (!application.canEdit) {
    return (
      <Result
        status="warning"
        title={t('form.notEditable')}
        extra={
          <Link to={paths.applicationDetail.getHref(application.id)}>
            <Button type="primary">{t('detail.title')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <>
      <PageHeader
        title={t('form.editTitle')}
        sub={
          <>
            {application.itemName} <StatusTag status={application.status} />
          </>
        }
      />
      <ApplicationForm key={application.id} application={application} ownOrg={ownOrg} initialFieldErrors={handedOver} />
    </>
  );
}
