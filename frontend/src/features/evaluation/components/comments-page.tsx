import { Alert, Button, Card, Empty, Flex, List, Select, Space, Tag, Typography } from 'antd';
import { PageHeader } from '@/components/ui/page-header';
import { ApiError } from '@/lib/api-client';
import { isOneOf } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useUrlParams } from '@/lib/url-params';
import { useComments } from '../api/get-comments';
import { useRounds } from '../api/get-rounds';
import { useScreenComment } from '../api/screen-comment';
import { useEvaluationI18n } from '../i18n';
import { COMMENT_STATUSES, type ScreenedComment } from '../types';
import { commentStatusLabel } from '../utils/labels';

const ALL = 'ALL';
const STATUS_COLORS: Record<string, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'default' };

/** 评价意见审核 (office and administrators): approve or reject each comment once; raters are never shown. */
export function CommentsPage() {
  const { t } = useEvaluationI18n();
  const message = useNotify();
  const { params, update } = useUrlParams();
  const rounds = useRounds();
  const list = rounds.data ?? [];
  const asked = Number(params.get('round'));
  const roundId = list.find((r) => r.id === asked)?.id ?? list[0]?.id ?? null;
  const rawStatus = params.get('status');
  const status = rawStatus === ALL ? null : isOneOf(COMMENT_STATUSES, rawStatus) ? rawStatus : 'PENDING';
  const comments = useComments(roundId, status);
  const screen = useScreenComment();

  const decide = (c: ScreenedComment, decision: 'APPROVED' | 'REJECTED') =>
    screen.mutate(
      { id: c.id, decision },
      {
        onSuccess: () => message.success(t('eval.comments.screened')),
        onError: (e) =>
          message.error(e instanceof ApiError && e.status === 409 ? t('eval.comments.conflict') : e.message),
      },
    );

  return (
    <>
      <PageHeader title={t('eval.comments.title')} />
      <Alert type="info" showIcon title={t('eval.comments.intro')} style={{ marginBottom: 16 }} />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('eval.results.round')}
            style={{ width: 320, maxWidth: '100%' }}
            value={roundId}
            loading={rounds.isPending}
            onChange={(v: number) => update({ round: String(v) })}
            options={list.map((r) => ({ value: r.id, label: r.name }))}
          />
          <Select
            aria-label={t('eval.comments.filter')}
            style={{ width: 140 }}
            value={status ?? ALL}
            onChange={(v: string) => update({ status: v === 'PENDING' ? null : v })}
            options={[
              ...COMMENT_STATUSES.map((s) => ({ value: s, label: commentStatusLabel(t, s) })),
              { value: ALL, label: t('eval.comments.all') },
            ]}
          />
        </Flex>
        {comments.isError ? <Alert type="error" showIcon title={comments.error.message} /> : null}
        <List<ScreenedComment>
          loading={comments.isPending && roundId !== null}
          dataSource={comments.data ?? []}
          locale={{
            emptyText: (
              <Empty description={status === 'PENDING' ? t('eval.comments.empty') : t('eval.comments.emptyAll')} />
            ),
          }}
          renderItem={(c) => (
            <List.Item
              actions={
                c.status === 'PENDING'
                  ? [
                      <Button
                        key="approve"
                        size="small"
                        type="primary"
                        disabled={screen.isPending}
                        aria-label={t('eval.comments.approveAria', { department: c.departmentName })}
                        onClick={() => decide(c, 'APPROVED')}
                      >
                        {t('eval.comments.approve')}
                      </Button>,
                      <Button
                        key="reject"
                        size="small"
                        disabled={screen.isPending}
                        aria-label={t('eval.comments.rejectAria', { department: c.departmentName })}
                        onClick={() => decide(c, 'REJECTED')}
                      >
                        {t('eval.comments.reject')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={4} style={{ minWidth: 0 }}>
                <Space wrap>
                  <Typography.Text strong>{c.departmentName}</Typography.Text>
                  <Tag color={STATUS_COLORS[c.status] ?? 'default'}>{commentStatusLabel(t, c.status)}</Tag>
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {c.content}
                </Typography.Paragraph>
                {c.screenedAt ? (
                  <Typography.Text type="secondary">
                    {t('eval.comments.by', { name: c.screenedName ?? '', at: formatDateTime(c.screenedAt) })}
                  </Typography.Text>
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
