import { Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { useMemo } from 'react';
import { RATINGS, enumOptions, ratingLabel, type Rating } from '@/lib/enums';
import { applyFieldErrors, clearChangedFieldErrors, handleFormError, zodFieldErrors } from '@/lib/form-errors';
import { usePortalI18n } from '../i18n';
import { useRateClue } from '../api/rate-clue';
import { createRateSchema } from '../schemas/track-schemas';
import { charLimit, RATING_COMMENT } from '@/lib/text-limits';
import type { ClueCredentials, PublicClueView } from '../types';
import { useNotify } from '@/lib/notify';

const FIELDS = ['rating', 'comment', 'reopen'];

/** 满意/不满意 with a comment; an unsatisfied reporter may ask once for rectification again. */
export function RateForm({
  credentials,
  canReopen,
  onRated,
}: {
  credentials: ClueCredentials;
  canReopen: boolean;
  onRated: (v: PublicClueView) => void;
}) {
  const { t } = usePortalI18n();
  const message = useNotify();
  const [form] = Form.useForm<{ rating?: Rating; comment?: string; reopen?: boolean }>();
  const rate = useRateClue();
  const schema = useMemo(() => createRateSchema(t), [t]);
  const rating = Form.useWatch('rating', form);

  const onFinish = () => {
    if (rate.isPending) return;
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    rate.mutate(
      { ...credentials, ...parsed.data, reopen: canReopen && parsed.data.reopen },
      {
        onSuccess: (v) => {
          message.success(t('track.rated'));
          onRated(v);
        },
        onError: (e) => handleFormError(form, e, message, FIELDS),
      },
    );
  };

  return (
    <Card title={t('track.rateTitle')}>
      <Form
        form={form}
        name="rate"
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(c) => clearChangedFieldErrors(form, c)}
      >
        <Form.Item name="rating" label={t('track.rating')} required>
          <Radio.Group options={enumOptions(RATINGS, ratingLabel, t)} aria-label={t('track.rating')} />
        </Form.Item>
        <Form.Item name="comment" label={t('track.comment')} required={rating === 'UNSATISFIED'}>
          <Input.TextArea rows={3} count={charLimit(RATING_COMMENT)} />
        </Form.Item>
        {canReopen && rating === 'UNSATISFIED' ? (
          <Form.Item name="reopen" valuePropName="checked" extra={t('track.reopenHint')}>
            <Checkbox>{t('track.reopen')}</Checkbox>
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={rate.isPending}>
          {t('track.rateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
