/** Proof that the history was not altered: the append-only table, the hash chains, and digests kept outside. */
import { Client } from 'pg';
import { hashEvent, type RecordedEvent } from '@app/event-store';
import { post } from '../support/http-client';
import { JUVENILE_UNIT } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';
import { auditGet, givenHistory, startAuditApp } from './audit-support';

/** As a superuser who turned the append-only trigger off: what an attacker with the database's keys could do. */
async function tamper(app: TestApp, sql: string, values: unknown[]): Promise<void> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe('the event table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startAuditApp();
    await givenHistory(app);
  });
  afterAll(() => app.close());

  it.each([
    ['an UPDATE', "update events set data = jsonb_set(data, '{title}', '\"改过的标题\"')"],
    ['a DELETE', 'delete from events where stream_revision = 1'],
    ['a TRUNCATE', 'truncate events'],
  ])('refuses %s from the application’s own connection', async (_, sql) => {
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(sql)).rejects.toMatchObject({
        code: 'EL403',
        message: expect.stringContaining('append-only'),
      });
    } finally {
      await client.end();
    }
    expect((await auditGet(app, '/api/audit/verify')).body).toMatchObject({ ok: true, firstBreak: null });
  });
});

describe('verifying the hash chains', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
  });
  afterAll(() => app.close());

  it('finds every chain intact in an untouched log', async () => {
    const answer = await auditGet(app, '/api/audit/verify');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, firstBreak: null, breaks: [] });
    expect(answer.body.eventsChecked).toBeGreaterThanOrEqual(10);
  });

  it('names the exact event whose data was altered in SQL, with the stored and the recomputed hash', async () => {
    const [, acknowledged] = await app.readStream(`task-${taskId}`);
    await tamper(app, `update events set data = jsonb_set(data, '{unitId}', '"dept-1"') where event_id = $1`, [
      acknowledged.id,
    ]);
    const answer = await auditGet(app, '/api/audit/verify');
    expect(answer.body.ok).toBe(false);
    expect(answer.body.breaks).toHaveLength(1);
    expect(answer.body.firstBreak).toMatchObject({
      kind: 'hash_mismatch',
      streamId: `task-${taskId}`,
      revision: 1,
      eventId: acknowledged.id,
      position: `${acknowledged.position.commit}-${acknowledged.position.prepare}`,
      expected: acknowledged.metadata.hash,
    });
    expect(answer.body.firstBreak.found).not.toBe(acknowledged.metadata.hash);
  });
});

describe('chain version 2', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
  });
  afterAll(() => app.close());

  it('is what the command path writes: every stream in the log uses it', async () => {
    const answer = await auditGet(app, '/api/audit/verify');
    expect(answer.body).toMatchObject({ ok: true, chainVersions: { '2': answer.body.streamsChecked } });
    expect(answer.body.streamChainVersions[`task-${taskId}`]).toBe('2');
  });

  // Each stored column of an event, altered in turn (and put back): verification names that event.
  it.each([
    ['event_id', 'event_id = gen_random_uuid()'],
    ['stream_id', "stream_id = stream_id || '-moved'"],
    ['stream_revision', 'stream_revision = 99'],
    ['event_type', "event_type = 'TaskCancelled'"],
    ['data', `data = jsonb_set(data, '{reason}', '"改过的理由"')`],
    ['metadata', `metadata = jsonb_set(metadata, '{actorId}', '"someone-else"')`],
    ['metadata (its prevHash)', `metadata = jsonb_set(metadata, '{prevHash}', to_jsonb(repeat('f', 64)))`],
    ['recorded_at', "recorded_at = recorded_at - interval '3 days'"],
  ])('names the event whose %s was altered in SQL', async (_, assignment) => {
    const target = (await app.readStream(`task-${taskId}`))[2];
    const position = `${target.position.commit}-${target.position.prepare}`;
    await tamper(app, `update events set ${assignment} where event_id = $1`, [target.id]);
    try {
      const answer = await auditGet(app, '/api/audit/verify');
      expect(answer.body.ok).toBe(false);
      expect(answer.body.breaks).toContainEqual(
        expect.objectContaining({
          position,
          kind: expect.stringMatching(/^(hash_mismatch|prev_hash_mismatch|revision_gap)$/),
        }),
      );
      const named = answer.body.breaks.find((found: { position: string }) => found.position === position);
      expect(named.message).toEqual(expect.any(String));
      expect(named.eventId).toEqual(expect.any(String));
    } finally {
      await restore(app, target);
    }
    expect((await auditGet(app, '/api/audit/verify')).body).toMatchObject({ ok: true, breaks: [] });
  });
});

/** Puts an event's stored columns back as they were read (found by its position, which the alterations leave alone). */
async function restore(app: TestApp, event: RecordedEvent): Promise<void> {
  await tamper(
    app,
    'update events set event_id = $2, stream_id = $3, stream_revision = $4, event_type = $5, data = $6, metadata = $7, recorded_at = $8 where global_position = $1',
    [
      event.position.prepare.toString(),
      event.id,
      event.streamId,
      event.revision.toString(),
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.recordedAt,
    ],
  );
}

describe('a deleted event', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
  });
  afterAll(() => app.close());

  it('is caught as a gap in its stream’s revisions', async () => {
    const events = await app.readStream(`task-${taskId}`);
    await tamper(app, 'delete from events where event_id = $1', [events[2].id]);
    const answer = await auditGet(app, '/api/audit/verify');
    expect(answer.body.ok).toBe(false);
    expect(answer.body.firstBreak).toMatchObject({
      kind: 'revision_gap',
      streamId: `task-${taskId}`,
      revision: 3,
      expected: 'revision 2',
      found: 'revision 3',
      eventId: events[3].id,
      message: expect.stringContaining('deleted'),
    });
  });
});

describe('a deleted last event', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
  });
  afterAll(() => app.close());

  it('leaves no gap in the chain, but the stream’s recorded head names what is missing', async () => {
    const events = await app.readStream(`task-${taskId}`);
    const last = events[events.length - 1];
    await tamper(app, 'delete from events where event_id = $1', [last.id]);
    const answer = await auditGet(app, '/api/audit/verify');
    expect(answer.body.ok).toBe(false);
    expect(answer.body.firstBreak).toMatchObject({
      kind: 'missing_tail',
      streamId: `task-${taskId}`,
      revision: Number(last.revision),
      expected: `revisions up to ${last.revision}`,
    });
  });
});

describe('a digest kept outside the system', () => {
  let app: TestApp;
  let taskId: string;
  let kept: { position: string; digest: string; count: number };
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
    kept = (await auditGet(app, '/api/audit/digest')).body;
    // Work goes on after the auditor took the digest.
    await post(
      app.url,
      `/api/tasks/${taskId}/progress`,
      { summary: '已完成试点', percent: 60 },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    await app.settledHead();
  });
  afterAll(() => app.close());

  it('proves the history up to its position unchanged while later events are added', async () => {
    expect(kept).toMatchObject({
      algorithm: 'sha256-rolling-v1',
      count: expect.any(Number),
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const again = await auditGet(app, `/api/audit/digest?position=${kept.position}`);
    expect(again.body).toMatchObject({ position: kept.position, count: kept.count, digest: kept.digest });
    const answer = await auditGet(app, `/api/audit/verify?digest=${kept.digest}&position=${kept.position}`);
    expect(answer.body).toMatchObject({ ok: true, digestCheck: { matches: true, count: kept.count } });
  });

  it('fails when an event before it was rewritten with a recomputed hash, which the chain alone cannot see', async () => {
    const events = await app.readStream(`task-${taskId}`);
    const target = events[events.length - 2]; // the last event the digest covers in this stream, before the later report
    const data = { ...target.data, summary: '进展顺利（改写）' };
    const { hash: _old, ...rest } = target.metadata;
    const metadata = { ...rest, hash: hashEvent({ ...target, data, metadata: rest }) };
    const next = events[events.length - 1];
    await tamper(app, 'update events set data = $2, metadata = $3 where event_id = $1', [
      target.id,
      JSON.stringify(data),
      JSON.stringify(metadata),
    ]);
    await tamper(
      app,
      `update events set metadata = jsonb_set(metadata, '{prevHash}', to_jsonb($2::text)) where event_id = $1`,
      [next.id, metadata.hash],
    );
    const relinked: Record<string, unknown> = { ...next.metadata, prevHash: metadata.hash };
    const { hash: _n, ...nextRest } = relinked;
    await tamper(
      app,
      `update events set metadata = jsonb_set(metadata, '{hash}', to_jsonb($2::text)) where event_id = $1`,
      [next.id, hashEvent({ ...next, metadata: nextRest })],
    );
    const answer = await auditGet(app, `/api/audit/verify?digest=${kept.digest}&position=${kept.position}`);
    expect(answer.body.firstBreak).toBeNull();
    expect(answer.body).toMatchObject({ ok: false, digestCheck: { matches: false, expected: kept.digest } });
  });

  it('refuses a digest without its position, naming the missing field', async () => {
    const answer = await auditGet(app, `/api/audit/verify?digest=${kept.digest}`);
    expect(answer.status).toBe(400);
    expect(answer.body.details.fields[0].field).toBe('position');
  });
});

describe('a digest asked for beyond the head of the log', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startAuditApp();
    taskId = await givenHistory(app);
  });
  afterAll(() => app.close());

  it('answers the position it covers, the last event, so the kept pair still verifies once more events are added', async () => {
    const atHead = (await auditGet(app, '/api/audit/digest')).body;
    const beyond = await auditGet(app, '/api/audit/digest?position=999999999999-1');
    expect(beyond.status).toBe(200);
    expect(beyond.body).toEqual({ ...atHead, position: atHead.lastEventPosition });
    expect(beyond.body.position).not.toBe('999999999999-1');

    await post(
      app.url,
      `/api/tasks/${taskId}/progress`,
      { summary: '已完成试点', percent: 60 },
      { token: app.tokenFor(JUVENILE_UNIT) },
    );
    await app.settledHead();
    const later = await auditGet(
      app,
      `/api/audit/verify?digest=${beyond.body.digest}&position=${beyond.body.position}`,
    );
    expect(later.body).toMatchObject({ ok: true, digestCheck: { matches: true, count: beyond.body.count } });
    expect(later.body.head.count).toBe(beyond.body.count + 1);
  });
});
