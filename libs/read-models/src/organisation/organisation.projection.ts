/** Units, officials and programmes by id: the names and titles the board, timeline and dashboards show. */
import type { EntityManager } from 'typeorm';
import {
  DIRECTORY_STREAM_ID,
  PROGRAMME_STREAM_PREFIX,
  type LaunchedProgramme,
  type Official,
  type Unit,
} from '@app/supervision';
import type { Projection, TableNames } from '@app/projector';
import { ident } from '../sql/sql-params';
import {
  bigint,
  checksumQuery,
  createTable,
  defineTable,
  jsonb,
  schemaVersionOf,
  text,
  upsertRows,
  type Columns,
  type ReadModelTable,
} from '../sql/read-model-table';
import { evolveOrganisation, idsTouched, type Organisation, type Versioned } from './organisation.evolve';

export const ORG_UNITS = 'org_units';
export const ORG_OFFICIALS = 'org_officials';
export const ORG_PROGRAMMES = 'org_programmes';

const KEYS = { [ORG_UNITS]: 'unit_id', [ORG_OFFICIALS]: 'official_id', [ORG_PROGRAMMES]: 'programme_id' } as const;
/** The three tables have one shape: the id, the stream revision reflected, the record as the domain folds it. */
const tableOf = (name: string, key: string): ReadModelTable<Columns> =>
  defineTable({
    name,
    version: 1,
    columns: { [key]: text(), revision: bigint(), record: jsonb<unknown>() },
    key: [key],
  });
const TABLES = {
  [ORG_UNITS]: tableOf(ORG_UNITS, KEYS[ORG_UNITS]),
  [ORG_OFFICIALS]: tableOf(ORG_OFFICIALS, KEYS[ORG_OFFICIALS]),
  [ORG_PROGRAMMES]: tableOf(ORG_PROGRAMMES, KEYS[ORG_PROGRAMMES]),
};

export const organisationProjection: Projection = {
  name: 'organisation',
  schemaVersion: schemaVersionOf(...Object.values(TABLES).map((table) => table.shapeVersion)),
  tables: [ORG_UNITS, ORG_OFFICIALS, ORG_PROGRAMMES],
  streamPrefixes: [DIRECTORY_STREAM_ID, PROGRAMME_STREAM_PREFIX],
  async createTables(manager, tables) {
    for (const table of [ORG_UNITS, ORG_OFFICIALS, ORG_PROGRAMMES] as const)
      await createTable(manager, TABLES[table], tables[table]);
  },
  async apply(manager, events, tables) {
    const before = await loadTouched(manager, tables, idsTouched(events));
    const after = events.reduce(evolveOrganisation, before);
    await write(manager, tables, ORG_UNITS, before.units, after.units);
    await write(manager, tables, ORG_OFFICIALS, before.officials, after.officials);
    await write(manager, tables, ORG_PROGRAMMES, before.programmes, after.programmes);
  },
  checksumQueries: (tables) =>
    ([ORG_UNITS, ORG_OFFICIALS, ORG_PROGRAMMES] as const).map((table) => checksumQuery(TABLES[table], tables[table])),
};

async function loadTouched(
  manager: EntityManager,
  tables: TableNames,
  ids: ReturnType<typeof idsTouched>,
): Promise<Organisation> {
  return {
    units: await load<Unit>(manager, tables, ORG_UNITS, ids.units),
    officials: await load<Official>(manager, tables, ORG_OFFICIALS, ids.officials),
    programmes: await load<LaunchedProgramme>(manager, tables, ORG_PROGRAMMES, ids.programmes),
  };
}

async function load<T>(
  manager: EntityManager,
  tables: TableNames,
  table: keyof typeof KEYS,
  ids: string[],
): Promise<Map<string, Versioned<T>>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; revision: string; record: T }[] = await manager.query(
    `select ${KEYS[table]} as id, revision, record from ${ident(tables[table])} where ${KEYS[table]} = any($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { revision: Number(row.revision), value: row.record }]));
}

async function write<T>(
  manager: EntityManager,
  tables: TableNames,
  table: keyof typeof KEYS,
  before: ReadonlyMap<string, Versioned<T>>,
  after: ReadonlyMap<string, Versioned<T>>,
): Promise<void> {
  const rows = [...after]
    .filter(([id, entry]) => before.get(id) !== entry)
    .map(([id, entry]) => ({ [KEYS[table]]: id, revision: entry.revision, record: entry.value }));
  await upsertRows(manager, TABLES[table], tables[table], rows as never, { onConflict: 'revision' });
}

export interface OrganisationNames {
  readonly units: Map<string, string>;
  readonly officials: Map<string, string>;
  readonly programmes: Map<string, string>;
}

/**
 * Names (units), titles (officials, programmes) of the given ids from the live tables; unknown ids are
 * simply absent. One statement for the three kinds: a read is a round trip fewer per kind asked.
 */
export async function findNames(
  manager: EntityManager,
  ids: { units?: string[]; officials?: string[]; programmes?: string[] },
): Promise<OrganisationNames> {
  const kinds = [
    { kind: 'units' as const, table: ORG_UNITS as keyof typeof KEYS, field: 'name', wanted: ids.units ?? [] },
    {
      kind: 'officials' as const,
      table: ORG_OFFICIALS as keyof typeof KEYS,
      field: 'title',
      wanted: ids.officials ?? [],
    },
    {
      kind: 'programmes' as const,
      table: ORG_PROGRAMMES as keyof typeof KEYS,
      field: 'title',
      wanted: ids.programmes ?? [],
    },
  ].filter((kind) => kind.wanted.length > 0);
  const names: OrganisationNames = { units: new Map(), officials: new Map(), programmes: new Map() };
  if (kinds.length === 0) return names;
  const rows: { kind: keyof OrganisationNames; id: string; name: string }[] = await manager.query(
    kinds
      .map(
        (kind, index) =>
          `select '${kind.kind}' as kind, ${KEYS[kind.table]} as id, record->>'${kind.field}' as name from ${kind.table} where ${KEYS[kind.table]} = any($${index + 1}::text[])`,
      )
      .join(' union all '),
    kinds.map((kind) => [...new Set(kind.wanted)]),
  );
  for (const row of rows) names[row.kind].set(row.id, row.name);
  return names;
}

/** A programme as the read model knows it, or undefined. */
export async function findProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<LaunchedProgramme | undefined> {
  const rows: { record: LaunchedProgramme }[] = await manager.query(
    `select record from ${ORG_PROGRAMMES} where programme_id = $1`,
    [programmeId],
  );
  return rows[0]?.record;
}
