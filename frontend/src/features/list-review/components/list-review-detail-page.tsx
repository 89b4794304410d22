import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Popconfirm, Row, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AuditTimeline } from '@/components/ui/audit-timeline';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/page-spinner';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { useNotify } from '@/lib/notify';
import { useCloseFeedback } from '../api/close-feedback';
import { useListReview } from '../api/get-list-review';
import { useListReviewI18n } from '../i18n';
import type { ReviewDetail } from '../types';
import {
  historyActionLabel,
  historyColor,
  historyDecisionLabel,
  reviewActions,
  statusColor,
  statusLabel,
} from '../utils/review-text';
import { DecisionPanel } from './decision-panel';
import { FeedbackPanel } from './feedback-panel';
import { FeedbackList, FeedbackSummary } from './feedback-tables';
import { ItemText } from './item-text';
import { ProposalPanel } from './proposal-panel';
import { ProposalText } from './proposal-text';
import { ReviewSteps } from './review-steps';

/**
 * One review: where it stands, the item's text, the grassroots' feedback, the proposal and the trail,
 * and the one thing the viewer can do now (feedback, close the feedback, propose, review or approve).
 */
export function ListReviewDetailPage() {
  const { t } = useListReviewI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: user } = useUser();
  const query = useListReview(id);

  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const s = detail.summary;
  const actions = reviewActions(detail, user);

  const back = () => {
    if (window.history.length > 1) void navigate(-1);
    else void navigate(paths.listReviews.getHref());
  };

  return (
    <>
      <PageHeader
        title={s.itemName}
        sub={
          <>
            <Tag color={statusColor(s.status)}>{statusLabel(t, s.status)}</Tag>
            {t('common.labelled', { label: t('review.item.listNo'), value: s.listNo })}
          </>
        }
        extra={
          <>
            {actions.includes('close') ? <CloseFeedbackButton detail={detail} /> : null}
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={back}>
              {t('review.back')}
            </Button>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <ReviewSteps summary={s} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {actions.includes('feedback') ? <FeedbackPanel detail={detail} /> : null}
            {actions.includes('propose') ? <ProposalPanel detail={detail} /> : null}
            {actions.includes('review') ? <DecisionPanel detail={detail} kind="review" /> : null}
            {actions.includes('approve') ? <DecisionPanel detail={detail} kind="approve" /> : null}
            <Card title={t('review.section.item')}>
              <ItemText detail={detail} />
            </Card>
            {s.proposal ? (
              <Card title={t('review.section.proposal')}>
                <ProposalText detail={detail} />
              </Card>
            ) : null}
            <Card title={t('review.section.summary')}>
              <FeedbackSummary counts={detail.feedbackSummary} />
            </Card>
            {detail.feedback.length ? (
              <Card title={t('review.section.feedback')}>
                <FeedbackList feedback={detail.feedback} />
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('detail.section.history')}>
            <AuditTimeline
              history={detail.history}
              color={historyColor}
              actionLabel={(h) => historyActionLabel(t, h)}
              decisionLabel={(h) => historyDecisionLabel(t, h)}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** 提前结束意见征求 (organisers, while feedback is open), after a confirmation. */
function CloseFeedbackButton({ detail }: { detail: ReviewDetail }) {
  const { t } = useListReviewI18n();
  const message = useNotify();
  const close = useCloseFeedback();
  const onConfirm = () =>
    close.mutate(detail.summary.id, {
      onSuccess: () => message.success(t('review.close.done')),
      onError: (e) => message.error(e instanceof ApiError ? e.message : t('api.actionFailed')),
    });
  return (
    <Popconfirm
      title={t('review.close.confirm')}
      onConfirm={onConfirm}
      okText={t('review.close.ok')}
      cancelText={t('common.cancel')}
    >
      <Button icon={<StopOutlined aria-hidden />} loading={close.isPending}>
        {t('review.close')}
      </Button>
    </Popconfirm>
  );
}
