import {
  CheckCircleTwoTone,
  FileSearchOutlined,
  FormOutlined,
  InfoCircleOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Pagination, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CategoryTag } from '@/components/ui/category-tag';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAdmissionListI18n } from '../i18n';
import { usePublicAdmissionItems } from '../api/get-public-admission-items';
import { validityText } from './item-descriptions';

const PAGE_SIZE = 10;

/** 准入事项公开查询: anyone, no login, phone-friendly (360 px). */
export function PublicLookupPage() {
  const { t } = useAdmissionListI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const searched = q !== null;
  const [text, setText] = useState(q ?? '');
  const query = usePublicAdmissionItems({ keyword: q?.trim() || null, page, size: PAGE_SIZE }, searched);

  const onSearch = (value: string) => {
    setParams({ q: value.trim() });
  };

  return (
    <div className="public-page">
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('lookup.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        <InfoCircleOutlined aria-hidden /> {t('lookup.intro')}
      </Typography.Paragraph>
      <Input.Search
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={onSearch}
        placeholder={t('lookup.placeholder')}
        aria-label={t('lookup.placeholder')}
        enterButton={t('lookup.search')}
        size="large"
        allowClear
        maxLength={100}
        loading={searched && query.isFetching}
      />
      <Flex gap={16} wrap style={{ marginTop: 12 }}>
        <Link to={paths.publicReport.getHref()}>
          <FormOutlined aria-hidden /> {t('nav.publicReport')}
        </Link>
        <Link to={paths.publicTrack.getHref()}>
          <FileSearchOutlined aria-hidden /> {t('portal.nav.track')}
        </Link>
      </Flex>
      <div style={{ marginTop: 16 }} aria-live="polite">
        {!searched ? null : query.isError ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data && query.data.total === 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('lookup.notFound')}
            role="status"
            description={
              q?.trim() ? (
                <Button
                  danger
                  icon={<StopOutlined aria-hidden />}
                  style={{ marginTop: 8 }}
                  onClick={() => void navigate(paths.publicReport.getHref(q.trim()))}
                >
                  {t('lookup.refuseAndReport')}
                </Button>
              ) : undefined
            }
          />
        ) : query.data ? (
          <Card size="small" title={t('lookup.found', { total: query.data.total })}>
            <ul className="plain-list">
              {query.data.items.map((item) => (
                <li key={item.id} className="plain-list-item">
                  <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                    <Typography.Text type="secondary">
                      <CheckCircleTwoTone aria-hidden twoToneColor="#52c41a" />{' '}
                      {t('common.labelled', { label: t('items.col.listNo'), value: item.listNo })}
                    </Typography.Text>
                    <Link to={paths.publicLookupItem.getHref(item.id)} style={{ fontSize: 16, fontWeight: 500 }}>
                      {item.itemName}
                    </Link>
                    <Space wrap size={4}>
                      <CategoryTag category={item.category} />
                      <Typography.Text>
                        {t('common.labelled', { label: t('items.col.leadOrg'), value: item.leadOrgName ?? '—' })}
                      </Typography.Text>
                    </Space>
                    <Typography.Text type="secondary">
                      {t('common.labelled', {
                        label: t('items.validity'),
                        value: validityText(item, t('items.longTerm')),
                      })}
                    </Typography.Text>
                  </Space>
                </li>
              ))}
            </ul>
            {query.data.total > PAGE_SIZE ? (
              <Pagination
                size="small"
                simple
                current={page}
                pageSize={PAGE_SIZE}
                total={query.data.total}
                onChange={(p) => setParams({ q: q ?? '', page: String(p) })}
                style={{ marginTop: 12, textAlign: 'center' }}
              />
            ) : null}
          </Card>
        ) : null}
      </div>
    </div>
  );
}
