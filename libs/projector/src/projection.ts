/**
 * The contract between the projector (which reads the log, batches, retries, parks, checkpoints,
 * rebuilds) and each read model (which knows its tables and how events change them).
 */
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@app/event-store';

/** Logical table name → physical table name. Live tables use their logical names; a rebuild writes into fresh ones. */
export type TableNames = Readonly<Record<string, string>>;

export interface Projection {
  /** Stable name, kebab-case, e.g. `task-board`; also the checkpoint's key. */
  readonly name: string;
  /**
   * The shape of its tables. Bump it with any change to `createTables` (a column, an index, a
   * meaning): the projector then rebuilds the read model on start, since `create ... if not exists`
   * never changes a table that is already there.
   */
  readonly schemaVersion: number;
  /** The logical tables this projection owns and alone writes. */
  readonly tables: readonly string[];
  /** Only events of streams with these prefixes are given to `apply`. */
  readonly streamPrefixes: readonly string[];
  /**
   * Creates its tables and indexes under the given physical names, if missing. Index names must be
   * derived from the physical table name, so a rebuild's tables never clash with the live ones.
   */
  createTables(manager: EntityManager, tables: TableNames): Promise<void>;
  /**
   * Applies a batch of events, in log order, inside the projector's transaction. Must be idempotent:
   * rows keep the stream revision they reflect, and an event at or below it changes nothing.
   */
  apply(manager: EntityManager, events: readonly RecordedEvent[], tables: TableNames): Promise<void>;
  /** SELECT statements whose rows, in a deterministic order, make the read model's checksum. */
  checksumQueries(tables: TableNames): readonly string[];
}
