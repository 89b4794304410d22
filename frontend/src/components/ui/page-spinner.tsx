import { Spin } from 'antd';
import { useI18n } from '@/lib/i18n';

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240 }} role="status">
      <Spin size="large" description={t('common.loading')}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
