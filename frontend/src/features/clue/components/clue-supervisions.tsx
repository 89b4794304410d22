import { Button, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/lib/format';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { useNotify } from '@/lib/notify';
import { charLimit } from '@/lib/text-limits';
import { useAnswerSupervision } from '../api/supervise';
import { useClueI18n } from '../i18n';
import { createAnswerSchema, SUPERVISION_ANSWER_MAX } from '../schemas/supervision-schemas';
import type { ClueSupervision } from '../types';

/** 待反馈 / 已反馈 / 已逾期 (not answered past the due date), and 逾期反馈 beside 已反馈 for a late answer. */
function StatusTags({ s }: { s: ClueSupervision }) {
  const { t } = useClueI18n();
  if (s.answeredAt === null)
    return s.overdue ? (
      <Tag color="red">{t('supervisions.overdue')}</Tag>
    ) : (
      <Tag color="orange">{t('supervisions.open')}</Tag>
    );
  return (
    <>
      <Tag color="green">{t('supervisions.answered')}</Tag>
      {s.late ? <Tag color="volcano">{t('supervisions.late')}</Tag> : null}
    </>
  );
}

/** 反馈督办: the unit's answer, under the order it answers. */
function AnswerForm({ clueId, s }: { clueId: number; s: ClueSupervision }) {
  const { t } = useClueI18n();
  const message = useNotify();
  const [form] = Form.useForm();
  const answer = useAnswerSupervision();
  const schema = useMemo(() => createAnswerSchema(t), [t]);

  const onFinish = () => {
    if (answer.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), ['answer']);
    answer.mutate(
      { clueId, supervisionId: s.id, answer: parsed.data.answer },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(t('supervise.answered'));
        },
        onError: (e) => handleFormError(form, e, message, ['answer']),
      },
    );
  };

  return (
    <Form
      form={form}
      name={`supervision-answer-${s.id}`}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={(c) => clearChangedFieldErrors(form, c)}
      style={{ marginTop: 8 }}
      aria-label={t('supervise.answerTitle')}
    >
      <Typography.Text strong>{t('supervise.answerTitle')}</Typography.Text>
      <Form.Item name="answer" label={t('supervise.answer')} required style={{ marginTop: 8 }}>
        <Input.TextArea
          rows={3}
          count={charLimit(SUPERVISION_ANSWER_MAX)}
          placeholder={t('supervise.answerPlaceholder')}
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={answer.isPending} disabled={answer.isPending}>
          {t('supervise.submitAnswer')}
        </Button>
      </Flex>
    </Form>
  );
}

/** 督办记录: each order with its unit, request, deadline and status, the answer once given, and the unit's form. */
export function ClueSupervisions({ clueId, supervisions }: { clueId: number; supervisions: ClueSupervision[] }) {
  const { t } = useClueI18n();
  if (!supervisions.length) return <Typography.Text type="secondary">{t('supervisions.none')}</Typography.Text>;
  return (
    <List
      itemLayout="vertical"
      dataSource={supervisions}
      rowKey="id"
      renderItem={(s) => (
        <List.Item data-testid={`supervision-${s.id}`} style={{ paddingInline: 0 }}>
          <Flex wrap gap={8} align="center">
            <Typography.Text strong>{s.orgName}</Typography.Text>
            <StatusTags s={s} />
          </Flex>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0', overflowWrap: 'anywhere' }}>
            {s.request}
          </Typography.Paragraph>
          <Typography.Text type={s.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12, display: 'block' }}>
            {t('supervisions.due', { due: formatDate(s.dueDate) })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('supervisions.issued', { name: s.issuedByName ?? s.issuedBy, at: formatDateTime(s.issuedAt) })}
          </Typography.Text>
          {s.answeredAt !== null ? (
            <div style={{ marginTop: 8, paddingLeft: 12, borderLeft: '3px solid rgba(5, 5, 5, 0.12)' }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>
                {t('common.labelled', { label: t('supervise.answer'), value: s.answer ?? '' })}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('supervisions.answeredBy', {
                  name: s.answeredByName ?? s.answeredBy ?? '',
                  at: formatDateTime(s.answeredAt),
                })}
              </Typography.Text>
            </div>
          ) : null}
          {s.mayAnswer ? <AnswerForm clueId={clueId} s={s} /> : null}
        </List.Item>
      )}
    />
  );
}
