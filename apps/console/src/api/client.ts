/**
 * The API client: openapi-fetch over the types generated from the served OpenAPI document
 * (schema.d.ts), so a path, a parameter or a field the API does not have fails the type check.
 * Every read waits for the last position this console wrote (X-Min-Position): the user sees what
 * they just did, never an older read model.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type TaskDetail = Schemas['TaskDetailView'];
export type BoardItem = Schemas['BoardItemView'];
export type TaskActionCommand = Schemas['TaskActionCommand'];

/** The API's error body: { statusCode, error, code, message, details? }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly details: Record<string, unknown> | undefined,
  ) {
    super(message);
  }

  /** Someone else changed the task since it was shown: a stale If-Match (412, or 409 on older servers) or a state conflict. */
  get isConflict(): boolean {
    return this.status === 409 || this.status === 412;
  }
}

let token: string | null = null;
let lastPosition: string | null = null;
let onUnauthorised: () => void = () => undefined;

export const apiSession = {
  setToken(value: string | null): void {
    token = value;
  },
  getToken: (): string | null => token,
  /** A command's answer: later reads wait until the read models have reached it. */
  wrote(position: string | undefined): void {
    if (position) lastPosition = position;
  },
  minPosition: (): string | null => lastPosition,
  onUnauthorised(handler: () => void): void {
    onUnauthorised = handler;
  },
  /** A 401 seen outside this client (the live stream): sign out as for any other. */
  signedOut(): void {
    onUnauthorised();
  },
};

const authorise: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    if (request.method === 'GET' && lastPosition) request.headers.set('X-Min-Position', lastPosition);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) onUnauthorised();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(authorise);

/** The answer's data, or an ApiError with the API's code and message. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined) return data;
  throw toApiError(response.status, error);
}

export function toApiError(status: number, body: unknown): ApiError {
  const problem = (body ?? {}) as { code?: string; message?: string | string[]; details?: Record<string, unknown> };
  const message = Array.isArray(problem.message) ? problem.message.join('; ') : (problem.message ?? `HTTP ${status}`);
  return new ApiError(status, problem.code, message, problem.details);
}

/** Raw authorised fetch, for the streamed and downloaded answers (NDJSON, CSV) openapi-fetch would buffer as JSON. */
export function authorisedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers }).then((response) => {
    if (response.status === 401) onUnauthorised();
    return response;
  });
}

/** A fresh key per submission: a double click or a retry of the same form writes once. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `console-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
