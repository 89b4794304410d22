import { Empty, Pagination, Spin, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '@/components/ui/query-error';
import { TypicalCaseCard } from '@/components/ui/typical-case-card';
import { usePortalI18n } from '../i18n';
import { useTypicalCases } from '../api/get-typical-cases';
import { PortalNav } from './portal-nav';

const PAGE_SIZE = 10;

/** 典型问题通报: the office's published summaries of closed clues. */
export function TypicalCasesPage() {
  const { t } = usePortalI18n();
  const [page, setPage] = useState(1);
  const query = useTypicalCases({ page, size: PAGE_SIZE });

  return (
    <div className="public-page">
      <PortalNav />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('typical.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('typical.intro')}</Typography.Paragraph>
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Spin spinning={query.isPending || query.isFetching}>
          {query.data && query.data.items.length === 0 ? (
            <Empty description={t('typical.empty')} />
          ) : (
            <ul className="plain-list">
              {(query.data?.items ?? []).map((c) => (
                <li key={c.clueNo} className="plain-list-item">
                  <TypicalCaseCard item={c} />
                </li>
              ))}
            </ul>
          )}
          {query.data && query.data.total > PAGE_SIZE ? (
            <Pagination
              size="small"
              simple
              current={page}
              pageSize={PAGE_SIZE}
              total={query.data.total}
              onChange={setPage}
              style={{ marginTop: 12, textAlign: 'center' }}
            />
          ) : null}
        </Spin>
      )}
    </div>
  );
}
