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

/** The record's field that names an entry of each kind: a unit's name, an official's or a programme's title. */
const NAMED_BY = [
  { kind: 'units', table: ORG_UNITS, field: 'name' },
  { kind: 'officials', table: ORG_OFFICIALS, field: 'title' },
  { kind: 'programmes', table: ORG_PROGRAMMES, field: 'title' },
] as const;

/** For each kind, a SQL query giving the ids wanted as one text column (it may refer to the outer statement's rows). */
export type NameIdsSql = Readonly<Record<keyof OrganisationNames, string>>;

/**
 * The names of the ids as one json expression (`{ units: { id: name }, officials: …, programmes: … }`,
 * unknown ids absent), to be part of another read's statement: a detail or a board page then reads
 * its rows and the names they mention in one round trip instead of two.
 */
export function namesJson(ids: NameIdsSql): string {
  const parts = NAMED_BY.map(
    ({ kind, table, field }) =>
      `'${kind}', (select coalesce(json_object_agg(o.${KEYS[table]}, o.record->>'${field}'), '{}'::json) from ${table} o where o.${KEYS[table]} in (${ids[kind]}))`,
  );
  return `json_build_object(${parts.join(', ')})`;
}

/** What namesJson gave, as the maps the views look names up in. */
export function namesFromJson(
  json: Readonly<Record<keyof OrganisationNames, Record<string, string>>>,
): OrganisationNames {
  return {
    units: new Map(Object.entries(json.units)),
    officials: new Map(Object.entries(json.officials)),
    programmes: new Map(Object.entries(json.programmes)),
  };
}

/** Names (units), titles (officials, programmes) of the given ids from the live tables; unknown ids are simply absent. */
export async function findNames(
  manager: EntityManager,
  ids: { units?: string[]; officials?: string[]; programmes?: string[] },
): Promise<OrganisationNames> {
  const rows: { names: Parameters<typeof namesFromJson>[0] }[] = await manager.query(
    `select ${namesJson({ units: 'select unnest($1::text[])', officials: 'select unnest($2::text[])', programmes: 'select unnest($3::text[])' })} as names`,
    [ids.units ?? [], ids.officials ?? [], ids.programmes ?? []],
  );
  return namesFromJson(rows[0].names);
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
