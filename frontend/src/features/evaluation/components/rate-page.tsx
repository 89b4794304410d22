import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { ApiError } from '@/lib/api-client';
import {
  allFieldValues,
  applyFieldErrors,
  clearChangedFieldErrors,
  handleFormError,
  zodFieldErrors,
} from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { charLimit, EVALUATION_COMMENT } from '@/lib/text-limits';
import { useMyRounds } from '../api/get-my-rounds';
import { useRateDepartment } from '../api/rate-department';
import { useEvaluationI18n } from '../i18n';
import { createRatingSchema } from '../schemas/rating-schema';
import { MAX_SCORE, MIN_SCORE, type MyRound } from '../types';
import { commentStatusLabel, dimensionLabel } from '../utils/labels';

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_v, i) => MIN_SCORE + i);

/** 评价县级部门: the rounds taking ratings, one department at a time (fits a phone). */
export function RatePage() {
  const { t } = useEvaluationI18n();
  const query = useMyRounds();
  return (
    <>
      <PageHeader title={t('eval.rate.title')} />
      <Alert type="info" showIcon title={t('eval.rate.intro')} style={{ marginBottom: 16 }} />
      {query.isPending ? (
        <Card loading />
      ) : query.isError ? (
        <Alert type="error" showIcon title={query.error.message} />
      ) : query.data.length === 0 ? (
        <Card>
          <Empty description={t('eval.rate.none')}>
            <Typography.Text type="secondary">{t('eval.rate.noneHint')}</Typography.Text>
          </Empty>
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {query.data.map((mine) => (
            <RoundCard key={mine.round.id} mine={mine} />
          ))}
        </Space>
      )}
    </>
  );
}

type Values = Record<string, number | string | null | undefined>;

function RoundCard({ mine }: { mine: MyRound }) {
  const { t } = useEvaluationI18n();
  const message = useNotify();
  const rate = useRateDepartment();
  const [form] = Form.useForm<Values>();
  const firstOpen = mine.departments.find((d) => !d.rated) ?? mine.departments[0];
  const [selected, setSelected] = useState<number | undefined>(firstOpen?.departmentId);
  // what was typed for each department not yet sent, so that switching back loses nothing
  const drafts = useRef(new Map<number, Values>());
  const department = mine.departments.find((d) => d.departmentId === selected);
  const dimensions = useMemo(
    () => mine.round.dimensions.map((d) => ({ code: d.code, label: dimensionLabel(t, d.code) })),
    [mine.round.dimensions, t],
  );
  const fields = [...dimensions.map((d) => d.code), 'comment'];
  const done = mine.departments.filter((d) => d.rated).length;

  useEffect(() => {
    form.resetFields();
    if (selected !== undefined) form.setFieldsValue(drafts.current.get(selected) ?? {});
  }, [selected, form]);

  const choose = (id: number) => {
    if (selected !== undefined) drafts.current.set(selected, allFieldValues(form));
    setSelected(id);
  };

  const submit = () => {
    if (!department || rate.isPending) return;
    const parsed = createRatingSchema(t, dimensions).safeParse(form.getFieldsValue(true));
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error), fields);
      return;
    }
    const { comment, ...scores } = parsed.data as { comment: string } & Record<string, number>;
    rate.mutate(
      { roundId: mine.round.id, departmentId: department.departmentId, scores, comment: comment || null },
      {
        onSuccess: () => {
          message.success(t('eval.rate.saved'));
          drafts.current.delete(department.departmentId);
          const next = mine.departments.find((d) => !d.rated && d.departmentId !== department.departmentId);
          if (next) setSelected(next.departmentId);
        },
        onError: (e) => {
          // rated in another tab, or the round closed or has not opened yet: the server says which,
          // and the rounds are fetched again
          if (e instanceof ApiError && e.status === 409) {
            message.error(t('eval.rate.refused', { reason: e.message }));
            return;
          }
          handleFormError(form, e, message, fields);
        },
      },
    );
  };

  return (
    <Card
      title={mine.round.name}
      extra={
        <Typography.Text type="secondary">
          {t('eval.rate.until', { at: formatDateTime(mine.round.closesAt) })}
        </Typography.Text>
      }
      styles={{ body: { padding: 16 } }}
    >
      <Typography.Paragraph type="secondary">
        {t('eval.rate.progress', { done, total: mine.departments.length })}
      </Typography.Paragraph>
      <Select
        aria-label={t('eval.rate.department')}
        style={{ width: '100%', marginBottom: 16 }}
        value={selected}
        onChange={choose}
        options={mine.departments.map((d) => ({
          value: d.departmentId,
          label: (
            <Flex justify="space-between" gap={8}>
              <span>{d.departmentName}</span>
              <Tag color={d.rated ? 'green' : 'default'}>
                {d.rated ? t('eval.rate.rated') : t('eval.rate.notRated')}
              </Tag>
            </Flex>
          ),
        }))}
      />
      {department?.rated ? (
        <>
          <Alert type="success" showIcon title={t('eval.rate.ratedAt', { at: formatDateTime(department.ratedAt) })} />
          <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
            {dimensions.map((d) => (
              <Descriptions.Item key={d.code} label={d.label}>
                {department.scores?.[d.code] ?? '—'}
              </Descriptions.Item>
            ))}
          </Descriptions>
          {department.comment ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {t('eval.rate.yourComment', {
                status: commentStatusLabel(t, department.commentStatus ?? ''),
                comment: department.comment,
              })}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : department ? (
        <Form
          form={form}
          name={`rating-${mine.round.id}`}
          layout="vertical"
          onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
        >
          {dimensions.map((d) => (
            <Form.Item key={d.code} name={d.code} label={d.label} required>
              <Radio.Group
                aria-label={d.label}
                optionType="button"
                buttonStyle="solid"
                options={SCORES.map((s) => ({
                  value: s,
                  label: String(s),
                  title: t('eval.rate.scoreAria', { dimension: d.label, score: s }),
                }))}
              />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={t('eval.rate.comment')}>
            <Input.TextArea
              rows={3}
              count={charLimit(EVALUATION_COMMENT)}
              placeholder={t('eval.rate.commentPlaceholder')}
            />
          </Form.Item>
          <Button type="primary" block onClick={submit} loading={rate.isPending}>
            {t('eval.rate.submit')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
