import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { applyFieldErrors, clearChangedFieldErrors, zodFieldErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useNotify } from '@/lib/notify';
import { useItemsInForce } from '../api/get-items-in-force';
import { useStartReview } from '../api/start-review';
import { useListReviewI18n } from '../i18n';
import { createStartSchema } from '../schemas/start-schema';
import { serverErrorMessage } from '../utils/server-error';

const FIELDS = ['itemId'];

/** 启动事项复评: an organiser picks one item in force; the review's page opens once it has started. */
export function StartReviewModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useListReviewI18n();
  const message = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ itemId?: number }>();
  const [keyword, setKeyword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const items = useItemsInForce(keyword, open);
  const start = useStartReview();

  const onOk = () => {
    if (start.isPending) return;
    setError(null);
    const parsed = createStartSchema(t).safeParse(form.getFieldsValue(true));
    if (!parsed.success) return void applyFieldErrors(form, zodFieldErrors(parsed.error), FIELDS);
    start.mutate(parsed.data, {
      onSuccess: (detail) => {
        message.success(t('review.start.done'));
        onClose();
        void navigate(paths.listReviewDetail.getHref(detail.summary.id));
      },
      onError: (e) => setError(serverErrorMessage(form, e, FIELDS, t)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('review.start')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('review.start.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={start.isPending}
      forceRender
      afterClose={() => {
        form.resetFields();
        setKeyword('');
        setError(null);
      }}
    >
      <Form
        form={form}
        name="start-review"
        layout="vertical"
        onValuesChange={(changed: object) => {
          clearChangedFieldErrors(form, changed);
          setError(null);
        }}
      >
        <Form.Item name="itemId" label={t('review.start.item')} extra={t('review.start.help')} required>
          <Select
            showSearch={{ filterOption: false, onSearch: setKeyword }}
            placeholder={t('review.start.itemPlaceholder')}
            loading={items.isFetching}
            notFoundContent={items.isFetching ? null : t('review.start.noItems')}
            options={(items.data ?? []).map((item) => ({
              value: item.id,
              label: `${item.listNo} ${item.itemName}`,
              leadOrgName: item.leadOrgName,
              expiryDate: item.expiryDate,
            }))}
            optionRender={(option) => (
              <div>
                <div>{option.label}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[option.data.leadOrgName, formatDate(option.data.expiryDate)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
