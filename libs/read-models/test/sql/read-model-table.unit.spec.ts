import { evolveTask, initialTaskState, isIssued, type TaskEvent } from '@app/supervision';
import { TASK_BOARD_TABLE, boardRowOf } from '../../src/task-board/task-board.row';
import {
  bigint,
  checksumQuery,
  createTableStatements,
  defineTable,
  fromJsonFields,
  holds,
  jsonFieldArguments,
  nullable,
  text,
  timestamptz,
  upsertStatement,
} from '../../src/sql/read-model-table';
import { taskBoardProjection } from '../../src/task-board/task-board.projection';

const ISSUED: TaskEvent = {
  type: 'TaskIssued',
  data: {
    taskId: 't1',
    programmeId: 'p1',
    code: '2026-01',
    title: '任务',
    description: '说明',
    category: '类别',
    leadLeaderId: 'l1',
    leadUnitId: 'u1',
    coUnitIds: ['u2'],
    deadline: '2026-12-31',
    issuedAt: '2026-01-05T02:00:00.000Z',
  },
};

const notes = (extra = {}) =>
  defineTable({
    name: 'notes',
    version: 1,
    columns: {
      note_id: holds('noteId', text()),
      revision: holds('revision', bigint()),
      seen_at: holds('seenAt', nullable(timestamptz())),
      ...extra,
    },
    key: ['note_id'],
    indexes: [{ suffix: 'seen', columns: ['seen_at'], where: 'seen_at is not null' }],
  });

describe('a read-model table declared once', () => {
  it('gives its DDL under any physical name, the indexes named after that name', () => {
    expect(createTableStatements(notes(), 'notes__r1')).toEqual([
      'create table if not exists "notes__r1" ("note_id" text not null, "revision" bigint not null, "seen_at" timestamptz, primary key ("note_id"))',
      'create index if not exists "notes__r1_seen" on "notes__r1" ("seen_at") where seen_at is not null',
    ]);
  });

  it('gives the upsert over every column, updating only a row at a lower revision', () => {
    expect(upsertStatement(notes(), 'notes', { onConflict: 'revision' })).toBe(
      'insert into "notes" as "notes" ("note_id", "revision", "seen_at") select r.v->>0, (r.v->>1)::bigint, (r.v->>2)::timestamptz from jsonb_array_elements($1::jsonb) as r(v) ' +
        'on conflict ("note_id") do update set "revision" = excluded."revision", "seen_at" = excluded."seen_at" where "notes".revision < excluded.revision',
    );
  });

  it('gives the checksum query over every column in key order', () => {
    expect(checksumQuery(notes(), 'notes__c1')).toBe(
      'select "note_id", "revision", "seen_at" from "notes__c1" order by "note_id"',
    );
  });

  it('changes its shape version when a column is added, so the projection that owns it is rebuilt', () => {
    expect(notes({ body: text() }).shapeVersion).not.toBe(notes().shapeVersion);
    expect(notes().shapeVersion).toBe(notes().shapeVersion);
  });

  it('refuses a key that is not one of its columns', () => {
    expect(() => defineTable({ name: 'bad', version: 1, columns: { id: text() }, key: ['nope' as 'id'] })).toThrow(
      'table bad: nope is not one of its columns',
    );
  });

  it('reads a row back as one JSON value under the fields its columns hold, its instants in the written ISO text', () => {
    expect(jsonFieldArguments(notes(), 't')).toBe(
      `'noteId', t."note_id", 'revision', t."revision", 'seenAt', floor(extract(epoch from t."seen_at") * 1000)::bigint`,
    );
    expect(jsonFieldArguments(notes(), 't', ['seenAt'])).toBe(`'noteId', t."note_id", 'revision', t."revision"`);
    expect(
      fromJsonFields(notes(), { noteId: 'n1', revision: 7, seenAt: Date.parse('2026-03-01T02:00:00.000Z') }),
    ).toEqual({
      noteId: 'n1',
      revision: 7,
      seenAt: '2026-03-01T02:00:00.000Z',
    });
    expect(fromJsonFields(notes(), { noteId: 'n2', revision: 1, seenAt: null })).toEqual({
      noteId: 'n2',
      revision: 1,
      seenAt: null,
    });
  });

  it('is the TypeORM metadata of the table too', () => {
    expect(TASK_BOARD_TABLE.entity.options.tableName).toBe('task_board');
    expect(Object.keys(TASK_BOARD_TABLE.entity.options.columns)).toEqual(TASK_BOARD_TABLE.columnNames);
  });
});

describe('the task board table', () => {
  it('has a column for every field of the board entry, and the folded Task', () => {
    const state = evolveTask(initialTaskState(), ISSUED);
    if (!isIssued(state)) throw new Error('not issued');
    const row = boardRowOf('t1', { revision: 0, state });
    expect(Object.keys(row)).toEqual(TASK_BOARD_TABLE.columnNames);
  });

  it('takes its shape and the stored Task’s version into the board’s schema version', () => {
    expect(taskBoardProjection.schemaVersion).toBeGreaterThan(0);
    expect(Number.isInteger(taskBoardProjection.schemaVersion) && taskBoardProjection.schemaVersion < 2 ** 31).toBe(
      true,
    );
  });
});
