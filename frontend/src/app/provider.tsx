import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { NotifyProvider } from '@/lib/notify';
import { createQueryClient } from '@/lib/query-client';
import { I18nProvider, type Language } from '@/lib/i18n';
import { useAppI18n } from './i18n';
import { installEnterGuard } from './enter-guard';
import { installScrollRegionAccess } from './scroll-regions';
import { appTheme } from './theme';

function AntdConfig({ children }: { children: ReactNode }) {
  const { lang, t } = useAppI18n();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('app.name');
  }, [lang, t]);
  useEffect(() => installEnterGuard(document), []);
  useEffect(() => installScrollRegionAccess(document), []);
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      // button names stay exactly as written (no space inserted between two Chinese characters)
      button={{ autoInsertSpace: false }}
      // no motion: snappier on old office PCs, and a button's loading icon leaves at once
      // (with motion its leave animation can linger and stay part of the button's accessible name)
      theme={appTheme}
    >
      <NotifyProvider>{children}</NotifyProvider>
    </ConfigProvider>
  );
}

export function AppProvider({
  children,
  queryClient,
  language,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  language?: Language;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider initial={language}>
      <AntdConfig>
        <ErrorBoundary>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </ErrorBoundary>
      </AntdConfig>
    </I18nProvider>
  );
}
