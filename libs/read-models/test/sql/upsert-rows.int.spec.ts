import { DataSource } from 'typeorm';
import { createTestDatabase } from '@app/testing';
import {
  bigint,
  boolean,
  createTable,
  date,
  defineTable,
  integer,
  jsonb,
  nullable,
  text,
  textArray,
  timestamptz,
  upsertRows,
} from '../../src/sql/read-model-table';

const THINGS = defineTable({
  name: 'things',
  version: 1,
  columns: {
    thing_id: text(),
    revision: bigint(),
    tags: textArray(),
    maybe_tags: nullable(textArray()),
    body: nullable(jsonb<unknown>()),
    due: nullable(date()),
    seen_at: nullable(timestamptz()),
    done: boolean(),
    count: nullable(integer()),
  },
  key: ['thing_id'],
});

describe('a batch of rows written in one statement', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: await createTestDatabase('upsert'), entities: [] });
    await dataSource.initialize();
    await dataSource.transaction((manager) => createTable(manager, THINGS, 'things'));
  });
  afterAll(() => dataSource.destroy());

  const stored = () =>
    dataSource.query(
      `select thing_id, revision::int, tags, maybe_tags, body, due::text, seen_at, done, count from things order by thing_id`,
    );

  it('keeps every value as it was given: text arrays with quotes, backslashes, commas and braces; nulls as nulls', async () => {
    // Given rows whose values are awkward for a text format.
    const awkward = ['a "quoted" one', 'back\\slash', 'a, b', '{braces}', 'NULL', '', '多行\n文本'];
    await dataSource.transaction((manager) =>
      upsertRows(
        manager,
        THINGS,
        'things',
        [
          {
            thing_id: 'one',
            revision: 1,
            tags: awkward,
            maybe_tags: [],
            body: { says: '任务 "一"', list: [1, null] },
            due: '2026-12-31',
            seen_at: '2026-01-05T02:00:00.000Z',
            done: true,
            count: 3,
          },
          {
            thing_id: 'two',
            revision: 7,
            tags: [],
            maybe_tags: null,
            body: null,
            due: null,
            seen_at: null,
            done: false,
            count: null,
          },
        ],
        { onConflict: 'revision' },
      ),
    );

    // Then they read back unchanged.
    expect(await stored()).toEqual([
      {
        thing_id: 'one',
        revision: 1,
        tags: awkward,
        maybe_tags: [],
        body: { says: '任务 "一"', list: [1, null] },
        due: '2026-12-31',
        seen_at: new Date('2026-01-05T02:00:00.000Z'),
        done: true,
        count: 3,
      },
      {
        thing_id: 'two',
        revision: 7,
        tags: [],
        maybe_tags: null,
        body: null,
        due: null,
        seen_at: null,
        done: false,
        count: null,
      },
    ]);
  });

  it('moves a row only forward in revision', async () => {
    // Given row two at revision 7, when an older and a newer write of rows come.
    const row = (thing_id: string, revision: number, tags: string[]) => ({
      thing_id,
      revision,
      tags,
      maybe_tags: null,
      body: null,
      due: null,
      seen_at: null,
      done: false,
      count: null,
    });
    await dataSource.transaction((manager) =>
      upsertRows(manager, THINGS, 'things', [row('two', 6, ['older'])], { onConflict: 'revision' }),
    );
    await dataSource.transaction((manager) =>
      upsertRows(manager, THINGS, 'things', [row('one', 2, ['newer'])], { onConflict: 'revision' }),
    );

    // Then only the newer one changed its row.
    const rows: { thing_id: string; revision: number; tags: string[] }[] = await stored();
    expect(rows.map(({ thing_id, revision, tags }) => [thing_id, revision, tags])).toEqual([
      ['one', 2, ['newer']],
      ['two', 7, []],
    ]);
  });
});
