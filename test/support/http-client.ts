/** A small HTTP client for the specs: JSON in, status, headers and JSON out. */
export interface HttpAnswer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface RequestOptions {
  readonly token?: string;
  readonly headers?: Record<string, string>;
  /** A raw body, sent as is (for malformed JSON). */
  readonly raw?: string;
}

export async function post<T = any>(
  baseUrl: string,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<HttpAnswer<T>> {
  return send<T>('POST', baseUrl, path, options.raw ?? JSON.stringify(body ?? {}), options);
}

export async function get<T = any>(
  baseUrl: string,
  path: string,
  options: RequestOptions = {},
): Promise<HttpAnswer<T>> {
  return send<T>('GET', baseUrl, path, undefined, options);
}

async function send<T>(
  method: string,
  baseUrl: string,
  path: string,
  body: string | undefined,
  options: RequestOptions,
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = {
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(baseUrl + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}
