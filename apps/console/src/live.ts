/**
 * The live console: one server-sent event stream per tab (GET /api/read-models/positions with
 * Accept: text/event-stream) tells which read models advanced, and only the queries that read those
 * are refetched, so a page shows another user's write without a reload and without polling. The
 * stream is read with fetch, not EventSource, so the token goes in the Authorization header, never
 * in the URL; a hidden tab closes it and reopens it when shown (fetch-event-source's default).
 */
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiSession } from './api/client';

export type Positions = Readonly<Record<string, string>>;

/** Which cached queries each read model answers; a moved read model makes them refetch. */
export const QUERIES_OF_READ_MODEL: Readonly<Record<string, readonly string[]>> = {
  'task-board': ['board', 'todo', 'leader', 'dashboard'],
  'task-detail': ['task'],
  'task-timeline': ['timeline'],
  organisation: ['directory'],
};

/** The read models whose position differs between two readings (none for the first reading). */
export function advanced(before: Positions | null, now: Positions): string[] {
  if (before === null) return [];
  return Object.keys(now).filter((name) => before[name] !== now[name]);
}

export function invalidateAdvanced(client: QueryClient, names: readonly string[]): void {
  const keys = new Set(names.flatMap((name) => QUERIES_OF_READ_MODEL[name] ?? []));
  for (const key of keys) void client.invalidateQueries({ queryKey: [key] });
}

class Refused extends Error {}

/** Opens the stream while `token` is set; closes it when the token changes or the component goes. */
export function useLiveReadModels(token: string | null): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!token) return;
    const stop = new AbortController();
    let last: Positions | null = null;
    void fetchEventSource('/api/read-models/positions', {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      signal: stop.signal,
      async onopen(response) {
        if (response.status === 401) apiSession.signedOut();
        if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream'))
          throw new Refused(`HTTP ${response.status}`);
      },
      onmessage(message) {
        if (message.event !== 'positions') return;
        const now = (JSON.parse(message.data) as { positions: Positions }).positions;
        invalidateAdvanced(client, advanced(last, now));
        last = now;
      },
      onerror(error) {
        // A refusal will not change by asking again; a broken connection is retried (with the server's retry advice).
        if (error instanceof Refused) throw error;
      },
    }).catch(() => undefined);
    return () => stop.abort();
  }, [client, token]);
}
