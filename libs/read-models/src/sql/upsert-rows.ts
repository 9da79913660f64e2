/**
 * Set-based writes for projections: a whole batch of rows in one statement, passed as one jsonb
 * array and expanded by `jsonb_to_recordset`, instead of one statement per event per row.
 */
import type { EntityManager } from 'typeorm';
import { ident } from './sql-params';

export interface Column {
  readonly name: string;
  /** The PostgreSQL type the JSON value is read as (`text`, `bigint`, `date`, `text[]`, `jsonb`…). */
  readonly type: string;
}

export interface UpsertOptions {
  readonly key: readonly string[];
  /**
   * `revision`: update only rows whose revision is below the incoming one, so a replayed event
   * changes nothing. `ignore`: rows are immutable once written (`on conflict do nothing`).
   */
  readonly onConflict: 'revision' | 'ignore';
}

export async function upsertRows(manager: EntityManager, table: string, columns: readonly Column[], rows: readonly object[], options: UpsertOptions): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => ident(column.name)).join(', ');
  const recordType = columns.map((column) => `${ident(column.name)} ${column.type}`).join(', ');
  const target = ident(table);
  const conflict = options.key.map(ident).join(', ');
  const updates = columns.filter((column) => !options.key.includes(column.name)).map((column) => `${ident(column.name)} = excluded.${ident(column.name)}`);
  const onConflict =
    options.onConflict === 'ignore' ? 'do nothing' : `do update set ${updates.join(', ')} where ${target}.revision < excluded.revision`;
  await manager.query(
    `insert into ${target} as ${target} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as r(${recordType}) on conflict (${conflict}) ${onConflict}`,
    [JSON.stringify(rows)],
  );
}
