import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '@/lib/i18n';

/** Toggles between Chinese and English; the choice is kept in localStorage. */
export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' | 'link' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      type={type}
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      title={t('lang.switchAria')}
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
    >
      {t('lang.switch')}
    </Button>
  );
}
