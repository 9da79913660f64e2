/**
 * The embedded projector's worker thread: the same Projector as in the API's thread, over its own
 * connections, so that its batches' round trips and its folds wait for no HTTP request in the event
 * loop, and the requests for none of its batches. Its positions go to the API's thread by message
 * (positions-relay.ts); its log lines too, so that they are the process's lines like any other.
 */
import 'reflect-metadata';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { createEventStore, type EventStore } from '@app/event-store';
import { ALL_PROJECTIONS } from '@app/read-models';
import { ProjectionPositions, Projector, relayAdvances, type ProjectorLogger } from '@app/projector';
import type { FromProjectorWorker, ProjectorWorkerData, ToProjectorWorker } from './projector-thread-messages';

if (!isMainThread && parentPort && (workerData as ProjectorWorkerData | undefined)?.kind === 'ledger-projector')
  void runProjectorWorker(parentPort, workerData as ProjectorWorkerData);

async function runProjectorWorker(port: MessagePort, data: ProjectorWorkerData): Promise<void> {
  const tell = (message: FromProjectorWorker) => port.postMessage(message);
  const logger: ProjectorLogger = {
    log: (message) => tell({ kind: 'log', level: 'log', message }),
    warn: (message) => tell({ kind: 'log', level: 'warn', message }),
    error: (message) => tell({ kind: 'log', level: 'error', message }),
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
    // A connection for each projection's batch transaction (they apply side by side) and one for its other reads.
    const max = projections.length + 1;
    dataSource = await new DataSource({
      type: 'postgres',
      url: data.database.url,
      applicationName: 'ledger projector batches',
      poolSize: max,
      extra: { ...data.database.extra, max },
    }).initialize();
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
