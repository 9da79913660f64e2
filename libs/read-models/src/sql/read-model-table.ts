/**
 * A read-model table declared once: its columns (with their PostgreSQL types), key, indexes and
 * version. Everything else comes from this one declaration: the TypeORM `EntitySchema` (the
 * metadata), the DDL for any physical name (live or a rebuild's), the set-based upsert, the checksum
 * query and the TypeScript types of a written and of a stored row. Adding a column is one line here
 * and one in the function that builds the row; the compiler then points at the rest.
 */
import { EntitySchema, type EntityManager, type EntitySchemaColumnOptions } from 'typeorm';
import { ident } from './sql-params';

/** The PostgreSQL types read models use. */
export type SqlType = 'text' | 'bigint' | 'integer' | 'boolean' | 'date' | 'timestamptz' | 'jsonb';

/**
 * One column. `W` is what a projection writes (sent as JSON, so instants are ISO strings, revisions
 * numbers); `R` is what `pg` gives back when the column is selected as it is (bigint as a string,
 * timestamptz as a Date, date as text only when cast in the query).
 */
export interface ColumnSpec<W = unknown, R = W> {
  readonly type: SqlType;
  readonly array: boolean;
  readonly nullable: boolean;
  /** The field of the source object (e.g. a TaskBoardEntry) the column holds, when the row is built by `rowFrom`. */
  readonly field?: string;
  /** Phantom fields: never set at run time, only carry the column's TypeScript types. */
  readonly written?: W;
  readonly stored?: R;
}

const column = <W, R = W>(type: SqlType, array = false): ColumnSpec<W, R> => ({ type, array, nullable: false });

export const text = <T extends string = string>() => column<T>('text');
export const textArray = () => column<readonly string[], string[]>('text', true);
export const bigint = () => column<number, string>('bigint');
export const integer = () => column<number>('integer');
export const boolean = () => column<boolean>('boolean');
/** A calendar date, written and (cast to text) read as 'YYYY-MM-DD'. */
export const date = () => column<string>('date');
export const timestamptz = () => column<string, Date>('timestamptz');
export const jsonb = <T>() => column<T>('jsonb');
export const nullable = <W, R>(spec: ColumnSpec<W, R>): ColumnSpec<W | null, R | null> => ({ ...spec, nullable: true });
/** The column holds this field of the source object (see rowFrom / jsonFieldArguments). */
export const holds = <W, R>(field: string, spec: ColumnSpec<W, R>): ColumnSpec<W, R> => ({ ...spec, field });

export type Columns = Readonly<Record<string, ColumnSpec>>;

/** The row a projection writes. */
export type RowOf<C extends Columns> = {
  readonly [K in keyof C]: C[K] extends ColumnSpec<infer W, unknown> ? W : never;
};
/** The row `select *` gives back. */
export type StoredRowOf<C extends Columns> = { [K in keyof C]: C[K] extends ColumnSpec<unknown, infer R> ? R : never };

export interface IndexSpec {
  /** The index is named `<physical table>_<suffix>`, so a rebuild's indexes never clash with the live ones. */
  readonly suffix: string;
  /** The indexed columns in order, or `expression` for an expression index. */
  readonly columns?: readonly string[];
  readonly expression?: string;
  readonly using?: 'btree' | 'gin';
  /** An operator class for every indexed column or the expression (e.g. `gin_trgm_ops`). */
  readonly opclass?: string;
  /** A partial index's predicate. */
  readonly where?: string;
  /** Needs an extension that may be missing (no privilege): created in a savepoint, and the table works without it. */
  readonly extension?: string;
}

export interface TableSpec<C extends Columns> {
  /** The logical (live) table name. */
  readonly name: string;
  /** Bump with any change of meaning the DDL does not show (what a column holds, how a row is built). */
  readonly version: number;
  readonly columns: C;
  readonly key: readonly (keyof C & string)[];
  readonly indexes?: readonly IndexSpec[];
  /** The checksum's row order; the key unless given. */
  readonly orderBy?: readonly (keyof C & string)[];
}

export interface ReadModelTable<C extends Columns> extends TableSpec<C> {
  /** The TypeORM metadata of the live table. */
  readonly entity: EntitySchema<StoredRowOf<C>>;
  /** Every column name, in declaration order (the upsert's and the checksum's column list). */
  readonly columnNames: readonly (keyof C & string)[];
  /**
   * The table's shape as a number: changes whenever a column, the key, an index or `version` changes.
   * Projections include it in their schemaVersion, so changing the declaration rebuilds the read model.
   */
  readonly shapeVersion: number;
}

export function defineTable<C extends Columns>(spec: TableSpec<C>): ReadModelTable<C> {
  const columnNames = Object.keys(spec.columns) as (keyof C & string)[];
  for (const key of [
    ...spec.key,
    ...(spec.orderBy ?? []),
    ...(spec.indexes ?? []).flatMap((index) => index.columns ?? []),
  ]) {
    if (!Object.hasOwn(spec.columns, key)) throw new Error(`table ${spec.name}: ${key} is not one of its columns`);
  }
  const entityColumns = Object.fromEntries(
    columnNames.map((name): [string, EntitySchemaColumnOptions] => {
      const { type, array, nullable: isNullable } = spec.columns[name];
      return [name, { type, array, nullable: isNullable, primary: spec.key.includes(name) }];
    }),
  );
  const entity = new EntitySchema<StoredRowOf<C>>({
    name: spec.name,
    tableName: spec.name,
    columns: entityColumns as never,
    indices: (spec.indexes ?? [])
      .filter((index) => index.columns !== undefined && (index.using ?? 'btree') === 'btree')
      .map((index) => ({ name: `${spec.name}_${index.suffix}`, columns: [...index.columns!], where: index.where })),
  });
  const table = { ...spec, entity, columnNames, shapeVersion: 0 };
  return { ...table, shapeVersion: hash31(`${spec.version}|${createTableStatements(table, spec.name).join(';')}`) };
}

/** `create ... if not exists` statements for the table under the given physical name; extension-bound indexes last. */
export function createTableStatements(table: TableSpec<Columns>, physical: string): string[] {
  const target = ident(physical);
  const columns = Object.entries(table.columns).map(
    ([name, spec]) => `${ident(name)} ${spec.type}${spec.array ? '[]' : ''}${spec.nullable ? '' : ' not null'}`,
  );
  const statements = [
    `create table if not exists ${target} (${[...columns, `primary key (${table.key.map(ident).join(', ')})`].join(', ')})`,
  ];
  for (const index of table.indexes ?? []) statements.push(createIndexStatement(index, physical));
  return statements;
}

function createIndexStatement(index: IndexSpec, physical: string): string {
  const opclass = index.opclass ? ` ${index.opclass}` : '';
  const parts =
    index.expression !== undefined
      ? [`(${index.expression})${opclass}`]
      : (index.columns ?? []).map((name) => `${ident(name)}${opclass}`);
  const using = index.using && index.using !== 'btree' ? ` using ${index.using}` : '';
  return `create index if not exists ${ident(`${physical}_${index.suffix}`)} on ${ident(physical)}${using} (${parts.join(', ')})${index.where ? ` where ${index.where}` : ''}`;
}

/** Creates the table and its indexes under the physical name; an index needing a missing extension is left out, with a warning. */
export async function createTable(
  manager: EntityManager,
  table: ReadModelTable<Columns>,
  physical: string,
  withoutIndex: (index: IndexSpec, physical: string, reason: string) => void = () => undefined,
): Promise<void> {
  const [create, ...indexes] = createTableStatements(table, physical);
  await manager.query(create);
  for (const [position, index] of (table.indexes ?? []).entries()) {
    if (!index.extension) {
      await manager.query(indexes[position]);
      continue;
    }
    // The savepoint keeps the transaction alive when the extension cannot be created (no privilege).
    await manager.query('savepoint read_model_extension');
    try {
      await manager.query(`create extension if not exists ${ident(index.extension)}`);
      await manager.query(indexes[position]);
      await manager.query('release savepoint read_model_extension');
    } catch (error) {
      await manager.query('rollback to savepoint read_model_extension');
      withoutIndex(index, physical, error instanceof Error ? error.message : String(error));
    }
  }
}

export interface UpsertOptions {
  /**
   * `revision`: update only rows whose revision is below the incoming one, so a replayed event
   * changes nothing. `ignore`: rows are immutable once written (`on conflict do nothing`).
   */
  readonly onConflict: 'revision' | 'ignore';
}

/**
 * A whole batch of rows in one statement, instead of one statement per event per row: passed as one
 * jsonb array of positional rows (each row an array of its column values, in `columnNames` order)
 * and taken apart by index. No column name is repeated per row, so the text to build, send and
 * parse is about half of an array of objects, which matters most for the timeline (a row per event).
 */
export async function upsertRows<C extends Columns>(
  manager: EntityManager,
  table: ReadModelTable<C>,
  physical: string,
  rows: readonly RowOf<C>[],
  options: UpsertOptions,
): Promise<void> {
  if (rows.length === 0) return;
  const arrays = new Set(table.columnNames.filter((name) => table.columns[name].array));
  const positional = rows.map((row) =>
    table.columnNames.map((name) =>
      arrays.has(name) ? arrayLiteral(row[name] as readonly (string | number | boolean | null)[] | null) : row[name],
    ),
  );
  await manager.query(upsertStatement(table, physical, options), [JSON.stringify(positional)]);
}

/** An array column travels as PostgreSQL's own array text (`{"a","b"}`), cast as it is: no per-element work in SQL. */
function arrayLiteral(values: readonly (string | number | boolean | null)[] | null | undefined): string | null {
  if (values === null || values === undefined) return null;
  const elements = values.map((value) =>
    value === null || value === undefined ? 'NULL' : `"${String(value).replace(/[\\"]/g, '\\$&')}"`,
  );
  return `{${elements.join(',')}}`;
}

export function upsertStatement(table: ReadModelTable<Columns>, physical: string, options: UpsertOptions): string {
  const names = table.columnNames.map(ident).join(', ');
  const values = table.columnNames.map((name, index) => valueAt(table.columns[name], index)).join(', ');
  const target = ident(physical);
  const updates = table.columnNames
    .filter((name) => !table.key.includes(name))
    .map((name) => `${ident(name)} = excluded.${ident(name)}`);
  const onConflict =
    options.onConflict === 'ignore'
      ? 'do nothing'
      : `do update set ${updates.join(', ')} where ${target}.revision < excluded.revision`;
  return `insert into ${target} as ${target} (${names}) select ${values} from jsonb_array_elements($1::jsonb) as r(v) on conflict (${table.key.map(ident).join(', ')}) ${onConflict}`;
}

/** The SQL value of a positional row's `index`th element; a JSON null is SQL NULL, whatever the type. */
function valueAt(spec: ColumnSpec, index: number): string {
  if (spec.array) return `(r.v->>${index})::${spec.type}[]`;
  if (spec.type === 'jsonb') return `nullif(r.v->${index}, 'null'::jsonb)`;
  return spec.type === 'text' ? `r.v->>${index}` : `(r.v->>${index})::${spec.type}`;
}

/** Every column, in a deterministic row order: what the read model's checksum hashes. */
export function checksumQuery(table: ReadModelTable<Columns>, physical: string): string {
  return `select ${table.columnNames.map(ident).join(', ')} from ${ident(physical)} order by ${(table.orderBy ?? table.key).map(ident).join(', ')}`;
}

/** A projection's schema version from its own and its tables' shapes (and the stored state's version, where it stores one). */
export function schemaVersionOf(...parts: readonly number[]): number {
  return hash31(parts.join('|'));
}

/** A stable positive 31-bit number for a text (FNV-1a): fits the checkpoint's integer column. */
function hash31(textToHash: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < textToHash.length; index++) {
    hash ^= textToHash.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1 || 1;
}

/** The row of a table whose columns name the fields they hold (`holds`): every column from its field of `source`. */
export function rowFrom<C extends Columns>(
  table: ReadModelTable<C>,
  source: Readonly<Record<string, unknown>>,
): RowOf<C> {
  const row: Record<string, unknown> = {};
  for (const name of table.columnNames) row[name] = source[table.columns[name].field ?? name];
  return row as RowOf<C>;
}

/**
 * The columns that hold a field as the arguments of a `json_build_object` over alias `alias`, each
 * under its field name (dates as 'YYYY-MM-DD', bigints as numbers, instants as epoch milliseconds,
 * which fromJsonFields turns into ISO text: PostgreSQL's to_char cost more than the rest of the
 * row). A page then comes back as one JSON value, parsed at once, instead of every column of every
 * row taken apart by the driver and mapped here.
 */
export function jsonFieldArguments(
  table: ReadModelTable<Columns>,
  alias: string,
  omit: readonly string[] = [],
): string {
  return fieldColumns(table, omit)
    .map((name) => `'${table.columns[name].field}', ${jsonValueOf(table.columns[name], `${alias}.${ident(name)}`)}`)
    .join(', ');
}

/** An object read through jsonFieldArguments, with its instants as Date.prototype.toISOString writes them, as they were written. */
export function fromJsonFields<T extends object>(
  table: ReadModelTable<Columns>,
  object: Record<string, unknown>,
  omit: readonly string[] = [],
): T {
  for (const name of instantColumns(table, omit)) {
    const field = table.columns[name].field!;
    const value = object[field];
    if (typeof value === 'number') object[field] = new Date(value).toISOString();
  }
  return object as T;
}

function fieldColumns(table: ReadModelTable<Columns>, omit: readonly string[]): string[] {
  return table.columnNames.filter((name) => {
    const { field } = table.columns[name];
    return field !== undefined && !omit.includes(field);
  });
}

function instantColumns(table: ReadModelTable<Columns>, omit: readonly string[]): string[] {
  return fieldColumns(table, omit).filter((name) => table.columns[name].type === 'timestamptz');
}

function jsonValueOf(spec: ColumnSpec, column: string): string {
  if (spec.array) return column;
  if (spec.type === 'timestamptz') return `floor(extract(epoch from ${column}) * 1000)::bigint`;
  if (spec.type === 'date') return `${column}::text`;
  return column;
}
