import { useEffect } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, useNavigate } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n';
import { errorText } from './error-text';
import { queryClient, setErrorReporter } from './api/query-client';
import { isApiError, setApiNavigator } from './api/client';
import { authKeys } from './api/auth';
import { theme } from './theme';
import { AppRoutes } from './routes';
import './global.css';

/** Connects the fetch layer (outside React) to antd's message API and the router. */
function Bridges() {
  const { message } = AntApp.useApp();
  const { locale, t } = useI18n();
  const navigate = useNavigate();

  useEffect(() => {
    setErrorReporter((error) => {
      void message.error({
        content: errorText(error, locale, t),
        key: isApiError(error) ? error.code : undefined,
      });
    });
  }, [message, locale, t]);

  useEffect(() => {
    setApiNavigator((to) => {
      // The cached user is stale once the server says the session is gone or owes a step.
      queryClient.removeQueries({ queryKey: authKeys.me });
      navigate(to);
    });
  }, [navigate]);

  return null;
}

function Themed() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCNLocale : enUSLocale} theme={theme}>
      <AntApp>
        <BrowserRouter>
          <Bridges />
          <AppRoutes />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function AppRoot() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
