import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAdmissionListI18n } from '../i18n';
import { useAdmissionItem } from '../api/get-admission-item';
import { ItemDescriptions } from './item-descriptions';
import { ItemHistoryPanel } from './item-history';

export function AdmissionItemDetailPage() {
  const { t } = useAdmissionListI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useAdmissionItem(id);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const item = query.data;
  const extra = item.applicationId
    ? [
        {
          label: t('items.application'),
          children: <Link to={paths.applicationDetail.getHref(item.applicationId)}>{item.itemName}</Link>,
        },
      ]
    : [];
  return (
    <>
      <PageHeader
        title={item.itemName}
        sub={t('common.labelled', { label: t('items.col.listNo'), value: item.listNo })}
        extra={
          <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
        }
      />
      <Card title={t('items.detailTitle')}>
        <ItemDescriptions item={item} extra={extra} />
        <ItemHistoryPanel itemId={item.id} />
      </Card>
    </>
  );
}
