/**
 * The embedded projector's worker thread: the same Projector as in the API's thread, over its own
 * connections, so that its batches' round trips and its folds wait for no HTTP request in the event
 * loop, and the requests for none of its batches. Its positions go to the API's thread by message
 * (positions-relay.ts); its log lines too, so that they are the process's lines like any other.
 */
import 'reflect-metadata';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createEventStore, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import {
  ProjectionPositions,
  Projector,
  projectorPoolOptions,
  relayAdvances,
  type ProjectorLogger,
} from '@app/projector';
import type {
  FromProjectorWorker,
  LogMethod,
  ProjectorWorkerData,
  ToProjectorWorker,
} from './projector-thread-messages';

if (!isMainThread && parentPort && (workerData as ProjectorWorkerData | undefined)?.kind === 'ledger-projector')
  void runProjectorWorker(parentPort, workerData as ProjectorWorkerData);

async function runProjectorWorker(port: MessagePort, data: ProjectorWorkerData): Promise<void> {
  const tell = (message: FromProjectorWorker) => port.postMessage(message);
  // Every logger of this thread (the read models' and the store's included) writes through the API's thread.
  NestLogger.overrideLogger(relayedLogger(tell));
  const projectorLogger = new NestLogger('Projector');
  const logger: ProjectorLogger = {
    log: (message) => projectorLogger.log(message),
    warn: (message) => projectorLogger.warn(message),
    error: (message) => projectorLogger.error(message),
  };
  let store: EventStore | undefined;
  let dataSource: DataSource | undefined;
  let projector: Projector | undefined;
  let stopRelay: (() => void) | undefined;
  const close = async () => {
    await projector
      ?.stop()
      .catch((error: unknown) => logger.error(`stopping the projector failed: ${messageOf(error)}`));
    stopRelay?.();
    await store?.close().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
  };
  port.on('message', (message: ToProjectorWorker) => {
    if (message.kind !== 'stop') return;
    void close().finally(() => {
      tell({ kind: 'stopped' });
      port.close();
    });
  });
  try {
    const projections = data.projections.map((name) => {
      const projection = ALL_PROJECTIONS.find((candidate) => candidate.name === name);
      if (!projection) throw new Error(`no read model is named ${name}`);
      return projection;
    });
    store = await createEventStore(data.eventStore);
    dataSource = await new DataSource(
      projectorPoolOptions(
        { type: 'postgres', url: data.database.url, extra: data.database.extra },
        projections.length,
        'ledger projector worker',
      ),
    ).initialize();
    const positions = new ProjectionPositions();
    stopRelay = relayAdvances(positions, port);
    projector = new Projector({ dataSource, store, projections, options: data.options, logger, positions });
    await projector.start();
    tell({ kind: 'started' });
  } catch (error) {
    tell({ kind: 'failed', message: messageOf(error) });
    projector = undefined;
    await close();
    port.close();
  }
}

function relayedLogger(tell: (message: FromProjectorWorker) => void): LoggerService {
  const line =
    (level: LogMethod) =>
    (message: unknown, ...optional: unknown[]): void => {
      const last = optional[optional.length - 1];
      const context = typeof last === 'string' ? last : undefined;
      tell({ kind: 'log', level, message: typeof message === 'string' ? message : JSON.stringify(message), context });
    };
  return { log: line('log'), warn: line('warn'), error: line('error'), debug: line('debug'), verbose: line('verbose') };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
