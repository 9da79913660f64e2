/**
 * A token that changes whenever what the named read models answer may have changed: a checkpoint
 * moves (a batch applied), a rebuild swaps tables in (the generation), or a parked event is replayed
 * (which changes rows without moving the checkpoint). Read from the database, so it is the same for
 * every API replica, and one statement over small tables (the checkpoints, the parked events).
 */
import type { EntityManager } from 'typeorm';
import { queryPrepared } from './prepared-query';

export async function readModelVersion(manager: EntityManager, names: readonly string[]): Promise<string> {
  const [row] = await queryPrepared<{ version: string | null }>(
    manager,
    `select coalesce(string_agg(c.name || '@' || c.commit_position || '-' || c.prepare_position || '/' || c.generation, ',' order by c.name), '')
            || '|' || (select count(*) || '@' || coalesce(max(p.replayed_at)::text, '') from projection_parked_events p
                       where p.projection = any($1) and p.replayed_at is not null) as version
       from projection_checkpoints c where c.name = any($1)`,
    [[...names]],
  );
  return row?.version ?? '';
}
