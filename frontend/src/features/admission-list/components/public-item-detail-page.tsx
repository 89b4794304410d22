import { ArrowLeftOutlined, CheckCircleTwoTone } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAdmissionListI18n } from '../i18n';
import { usePublicAdmissionItem } from '../api/get-public-admission-item';
import { ItemDescriptions } from './item-descriptions';
import { ItemHistoryPanel } from './item-history';

export function PublicItemDetailPage() {
  const { t } = useAdmissionListI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = usePublicAdmissionItem(id);

  const back = () => {
    if (window.history.length > 1) void navigate(-1);
    else void navigate(paths.publicLookup.getHref());
  };

  return (
    <div className="public-page">
      <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={back} style={{ marginBottom: 12 }}>
        {t('lookup.backToSearch')}
      </Button>
      {query.isPending ? (
        <PageSpinner />
      ) : query.isError ? (
        <QueryError error={query.error} />
      ) : (
        <Card>
          <Typography.Title level={1} style={{ fontSize: 20 }}>
            {query.data.itemName}
          </Typography.Title>
          <Typography.Paragraph>
            <CheckCircleTwoTone aria-hidden twoToneColor="#52c41a" /> {t('lookup.admitted')}
          </Typography.Paragraph>
          <ItemDescriptions item={query.data} />
          <ItemHistoryPanel itemId={id} />
        </Card>
      )}
    </div>
  );
}
