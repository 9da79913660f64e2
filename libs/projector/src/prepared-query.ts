/**
 * A statement PostgreSQL parses and plans once per connection instead of on every call: for the small
 * reads asked on every request (a task's detail, a read model's version), planning cost more than
 * running them. Only for statements whose best plan does not depend on the values (a key looked up):
 * after five calls PostgreSQL may keep one generic plan for all values.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const names = new Map<string, string>();

/** The pg client of the manager's query runner (its transaction's, when it has one) runs it as a named statement. */
export async function queryPrepared<T>(manager: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined) {
    // The same text always gets the same name, on every connection; a name stands for one text only.
    name = `q${createHash('sha1').update(text).digest('hex')}`;
    names.set(text, name);
  }
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as {
      query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
    };
    return (await client.query({ name, text, values: [...values] })).rows;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
