/**
 * What the console's component specs share: the browser APIs jsdom lacks and Ant Design needs, a
 * recording fetch in place of the network (so a spec sees what a form would send, and that an
 * invalid form sends nothing; uploads through XMLHttpRequest too), and a render with the console's providers, in Chinese.
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
  async function record(request: Request): Promise<SentRequest> {
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
    return recorded;
  }
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://console.test'), init);
    const { status, body } = answer(await record(request));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  globalThis.XMLHttpRequest = uploadStandIn(record, answer) as unknown as typeof XMLHttpRequest;
  return sent;
}

/** An upload under way through the XMLHttpRequest stand-in, while uploads are held: the spec sends its bytes, then lets the answer come. */
export interface HeldUpload {
  readonly request: SentRequest;
  /** Reports this many of the request's bytes sent, as the browser's upload.onprogress would. */
  progress(sent: number, total: number): void;
  /** Sends the rest and answers as `answer` says (unless the upload was cancelled meanwhile). */
  release(): void;
  readonly aborted: boolean;
}

/** Uploads answer at once unless a spec holds them, to watch their progress or cancel them on the way. */
export const uploadControl = { hold: false, held: [] as HeldUpload[] };

/**
 * XMLHttpRequest as the console's uploads use it (open, setRequestHeader, upload.onprogress, send,
 * abort, onload/onerror/onabort): the request is recorded as fetch's are, and answered the same way.
 */
function uploadStandIn(
  record: (request: Request) => Promise<SentRequest>,
  answer: (request: SentRequest) => { status: number; body: unknown },
) {
  return class {
    status = 0;
    responseText = '';
    readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private readonly headers = new Headers();
    private aborted = false;

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.headers.set(name, value);
    }

    send(body: BodyInit | null): void {
      const request = new Request(new URL(this.url, 'http://console.test'), {
        method: this.method,
        headers: this.headers,
        body,
      });
      void record(request).then((recorded) => {
        const total = typeof recorded.body === 'string' ? new TextEncoder().encode(recorded.body).length : 0;
        const progress = (sent: number, of: number) => {
          if (!this.aborted)
            this.upload.onprogress?.({ lengthComputable: true, loaded: sent, total: of } as ProgressEvent);
        };
        const release = () => {
          if (this.aborted) return;
          progress(total, total);
          const { status, body: answered } = answer(recorded);
          this.status = status;
          this.responseText = JSON.stringify(answered);
          this.onload?.();
        };
        if (!uploadControl.hold) return release();
        const isAborted = () => this.aborted;
        uploadControl.held.push({
          request: recorded,
          progress,
          release,
          get aborted() {
            return isAborted();
          },
        });
      });
    }

    abort(): void {
      if (this.aborted) return;
      this.aborted = true;
      this.onabort?.();
    }
  };
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
