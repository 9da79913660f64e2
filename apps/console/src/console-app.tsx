/** The supervision console: Ant Design in Chinese (English switchable), server state through TanStack Query. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
// Ant Design's component styles as one static file (zero-runtime mode, see THEME): loaded with this chunk, preloaded by index.html.
import 'antd/dist/antd.css';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ConsoleRoutes } from './routes';
import { LangProvider, useLang } from './i18n';
import { SessionProvider } from './session';

/**
 * Ant Design's defaults, with the secondary and placeholder texts and the status colours darkened
 * so that every text reaches WCAG AA contrast (4.5:1), which the axe check in the browser specs holds.
 * Zero-runtime: the components' style rules come from antd's static stylesheet (imported above)
 * instead of being generated, serialised and inserted while the first page renders, which cost the
 * board more than its own rendering; the rules read the theme through CSS variables, which antd
 * still sets from these tokens at run time, so the colours and contrast below hold as before.
 */
const THEME = {
  zeroRuntime: true,
  token: {
    // No opening and closing animations: a dropdown's options, a dialog's fields are there to be used at once (a dense
    // administrative screen, worked with the keyboard), not after a 0.2 s slide in which a click may miss its option.
    motion: false,
    colorPrimary: '#b71c1c',
    colorError: '#b91c1c',
    colorSuccess: '#15803d',
    colorWarning: '#a16207',
    colorLink: '#1d4ed8',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 4,
    fontFamily: '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif',
  },
};

function Localised() {
  const { lang } = useLang();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider button={{ autoInsertSpace: false }} locale={lang === 'zh' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <ConsoleRoutes />
      </AntApp>
    </ConfigProvider>
  );
}

/** Renders the console into `root`, over the query cache the entry may have started filling. */
export function renderConsole(root: HTMLElement, queryClient: QueryClient): void {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LangProvider>
          <SessionProvider>
            <BrowserRouter>
              <Localised />
            </BrowserRouter>
          </SessionProvider>
        </LangProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
