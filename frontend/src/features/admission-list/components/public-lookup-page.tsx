import { FileSearchOutlined, FormOutlined, InfoCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Pagination, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { useAdmissionListI18n } from '../i18n';
import { usePublicAdmissionItems } from '../api/get-public-admission-items';
import type { ItemHit, LapsedHit } from '../types';
import { ItemCard } from './item-card';
import { LapsedHits } from './lapsed-hits';

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
        ) : query.data && (query.data.noMatch || query.data.total === 0) ? (
          <NoMatch
            keyword={q?.trim() ?? ''}
            noMatch={!!query.data.noMatch}
            nearest={query.data.nearest ?? []}
            lapsed={query.data.lapsed ?? []}
            onRefuse={(task) => void navigate(paths.publicReport.getHref(task))}
          />
        ) : query.data ? (
          <Flex vertical gap={12}>
            <Card size="small" title={t('lookup.found', { total: query.data.total })}>
              <ul className="plain-list">
                {query.data.items.map((item) => (
                  <li key={item.id} className="plain-list-item">
                    <ItemCard item={item} />
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
            <LapsedHits items={query.data.lapsed} />
          </Flex>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Nothing on the list matched: say so plainly, offer the nearest items ("是不是这个事项？") and the
 * matching ones that lapsed, and only below them the refusal.
 */
function NoMatch({
  keyword,
  noMatch,
  nearest,
  lapsed,
  onRefuse,
}: {
  keyword: string;
  noMatch: boolean;
  nearest: ItemHit[];
  lapsed: LapsedHit[];
  onRefuse: (task: string) => void;
}) {
  const { t } = useAdmissionListI18n();
  const refuse = keyword ? (
    <Button danger icon={<StopOutlined aria-hidden />} style={{ marginTop: 8 }} onClick={() => onRefuse(keyword)}>
      {t('lookup.refuseAndReport')}
    </Button>
  ) : undefined;
  if (!noMatch || !keyword) {
    return <Alert type="warning" showIcon title={t('lookup.notFound')} role="status" description={refuse} />;
  }
  return (
    <Flex vertical gap={12}>
      <Alert type="warning" showIcon title={t('lookup.noMatch', { q: keyword })} role="status" />
      {nearest.length ? (
        <Card size="small" title={t('lookup.nearest')} data-testid="nearest-items">
          <ul className="plain-list">
            {nearest.map((item) => (
              <li key={item.id} className="plain-list-item">
                <ItemCard item={item} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <LapsedHits items={lapsed} />
      <Alert type="info" showIcon title={t('lookup.refuseNote')} description={refuse} data-testid="refuse-offer" />
    </Flex>
  );
}
