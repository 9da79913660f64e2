/**
 * What the console's component specs share: the browser APIs jsdom lacks and Ant Design needs, a
 * recording fetch in place of the network (so a spec sees what a form would send, and that an
 * invalid form sends nothing), and a render with the console's providers, in Chinese.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import type { TaskDetail } from '../../src/api/client';

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Installs the stand-ins once per spec file; `answer` says what the API answers to each request. */
export function installBrowserStandIns(
  answer: (request: SentRequest) => { status: number; body: unknown } = () => ({ status: 200, body: {} }),
): SentRequest[] {
  const sent: SentRequest[] = [];
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }),
  });
  // jsdom has no pseudo-elements: Ant Design asks for their style (scroll bar sizes) and gets the element's.
  const computedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computedStyle(element);
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://console.test'), init);
    const text = request.body ? await request.text() : '';
    // A JSON body as its value; any other (an upload's multipart form) as the text that went over the wire.
    const json = request.headers.get('content-type')?.includes('json') ?? false;
    const recorded = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: text ? (json ? JSON.parse(text) : text) : undefined,
    };
    sent.push(recorded);
    const { status, body } = answer(recorded);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return sent;
}

export function renderInConsole(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      {/* As the console configures it (main.tsx): no space inserted between two Chinese characters of a button. */}
      <ConfigProvider button={{ autoInsertSpace: false }} locale={zhCN}>
        <AntApp>
          <MemoryRouter>{ui}</MemoryRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>,
  );
}

/** A task as its page shows it at this revision, with only what the command forms read filled in. */
export function taskShownAt(revision: number): TaskDetail {
  return {
    id: 'spp-2026-2026-01',
    revision,
    progressPercent: 30,
    pendingUrges: [],
    milestones: [],
    openExtensionRequests: [],
    cooperation: [],
  } as unknown as TaskDetail;
}
