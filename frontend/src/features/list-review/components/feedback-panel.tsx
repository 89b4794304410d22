import { Alert, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Radio, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { formatDateTime, formatHours } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { charLimit, FEEDBACK_COMMENT } from '@/lib/text-limits';
import { listReviewQueryKey } from '../api/get-list-review';
import { useGiveFeedback } from '../api/give-feedback';
import { useListReviewI18n } from '../i18n';
import { createFeedbackSchema } from '../schemas/feedback-schema';
import { FEEDBACK_VERDICTS, type Feedback, type ReviewDetail } from '../types';
import { VERDICT_COLORS, verdictLabel } from '../utils/review-text';
import { serverErrorMessage } from '../utils/server-error';

const FIELDS = ['verdict', 'actualHours', 'comment'];

type Values = { verdict?: string; actualHours?: number | null; comment?: string };

/**
 * A village's or township's say on the item: one screen that fits a phone (the four verdicts as large
 * radio rows, the hours, a comment), asked once — the unit's feedback is shown instead once given.
 */
export function FeedbackPanel({ detail }: { detail: ReviewDetail }) {
  const { t } = useListReviewI18n();
  const [given, setGiven] = useState<Feedback | null>(null);
  const mine = given ?? detail.myFeedback;
  if (mine) return <MyFeedback feedback={mine} justGiven={given !== null} />;
  if (!detail.canGiveFeedback) return null;
  return (
    <Card title={t('review.feedback.title')} className="review-feedback-card">
      <FeedbackForm detail={detail} onGiven={setGiven} />
    </Card>
  );
}

function FeedbackForm({ detail, onGiven }: { detail: ReviewDetail; onGiven: (f: Feedback) => void }) {
  const { t } = useListReviewI18n();
  const message = useNotify();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const give = useGiveFeedback();
  const schema = useMemo(() => createFeedbackSchema(t), [t]);
  const reviewId = detail.summary.id;

  const onFinish = () => {
    if (give.isPending) return;
    setError(null);
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    give.mutate(
      { reviewId, ...parsed.data },
      {
        onSuccess: (feedback) => {
          message.success(t('review.feedback.done'));
          onGiven(feedback);
        },
        // whatever the server says (already answered, closed, not our item), what was typed stays
        onError: (e) => setError(serverErrorMessage(form, e, FIELDS, t)),
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="feedback"
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      requiredMark={false}
    >
      <Typography.Paragraph>{t('review.feedback.intro')}</Typography.Paragraph>
      {detail.summary.feedbackClosesAt ? (
        <Typography.Paragraph type="secondary">
          {t('review.feedback.closesAt', { at: formatDateTime(detail.summary.feedbackClosesAt) })}
        </Typography.Paragraph>
      ) : null}
      <Form.Item name="verdict" label={t('review.feedback.verdict')}>
        <Radio.Group aria-label={t('review.feedback.verdict')} style={{ width: '100%' }}>
          <Flex vertical gap={8}>
            {FEEDBACK_VERDICTS.map((v) => (
              <Radio key={v} value={v} className="review-verdict-option">
                {verdictLabel(t, v)}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="actualHours" label={t('review.feedback.hours')}>
        <InputNumber inputMode="decimal" step={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="comment" label={t('review.feedback.comment')}>
        <Input.TextArea
          rows={3}
          autoSize={{ minRows: 3, maxRows: 8 }}
          count={charLimit(FEEDBACK_COMMENT)}
          placeholder={t('review.feedback.commentPlaceholder')}
        />
      </Form.Item>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={() => void qc.invalidateQueries({ queryKey: listReviewQueryKey(reviewId) })}>
              {t('review.refresh')}
            </Button>
          }
        />
      ) : null}
      <Button type="primary" htmlType="submit" block size="large" loading={give.isPending}>
        {t('review.feedback.submit')}
      </Button>
    </Form>
  );
}

/** The unit's feedback, once given (never asked twice). */
function MyFeedback({ feedback, justGiven }: { feedback: Feedback; justGiven: boolean }) {
  const { t } = useListReviewI18n();
  const none = t('review.none');
  return (
    <Card title={t('review.feedback.mine')}>
      {justGiven ? (
        <Alert type="success" showIcon title={t('review.feedback.done')} style={{ marginBottom: 12 }} role="status" />
      ) : null}
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'verdict',
            label: t('review.summary.verdict'),
            children: (
              <Tag color={VERDICT_COLORS[feedback.verdict] ?? 'default'}>{verdictLabel(t, feedback.verdict)}</Tag>
            ),
          },
          {
            key: 'hours',
            label: t('review.feedback.hoursCol'),
            children: feedback.actualHours === null ? none : formatHours(feedback.actualHours),
          },
          {
            key: 'comment',
            label: t('review.feedback.commentCol'),
            children: feedback.comment ? <span style={{ whiteSpace: 'pre-wrap' }}>{feedback.comment}</span> : none,
          },
          {
            key: 'at',
            label: t('review.feedback.at'),
            children: [feedback.orgName, formatDateTime(feedback.createdAt)].filter(Boolean).join(' · '),
          },
        ]}
      />
    </Card>
  );
}
