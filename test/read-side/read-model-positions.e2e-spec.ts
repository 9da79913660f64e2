/**
 * The live board's feed: GET /api/read-models/positions as JSON, and as server-sent events that push
 * the read models' positions when they advance, authorised by the bearer header like every route.
 */
import { isDeepStrictEqual as isDeepEqual } from 'node:util';
import { comparePositions, parsePosition } from '@app/event-store';
import { get, post } from '../support/http-client';
import { READER, SUPERVISOR, givenOrganisation, juvenileTask } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

interface ServerSentEvent {
  readonly event: string;
  readonly id?: string;
  readonly data: string;
}

/** Reads server-sent events off a fetch body, one parsed event at a time. */
class EventReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async next(): Promise<ServerSentEvent> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const fields = block.split('\n').filter((line) => line && !line.startsWith(':'));
        const value = (name: string) =>
          fields.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).trimStart());
        if (value('data').length === 0) continue; // the retry advice, a keep-alive comment
        return { event: value('event')[0] ?? 'message', id: value('id')[0], data: value('data').join('\n') };
      }
      const { done, value } = await this.reader.read();
      if (done) throw new Error('the stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }
}

describe('the read models’ positions, now and as a live stream', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await givenOrganisation(app);
  });
  afterAll(() => app.close());

  async function openStream(token: string): Promise<{ response: Response; events: EventReader; close: () => void }> {
    const abort = new AbortController();
    const response = await fetch(`${app.url}/api/read-models/positions`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
      signal: abort.signal,
    });
    return { response, events: new EventReader(response.body!.getReader()), close: () => abort.abort() };
  }

  it('answers each read model’s position as JSON to a plain GET', async () => {
    const answer = await get(app.url, '/api/read-models/positions', { token: app.tokenFor(READER) });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.positions)).toEqual(
      expect.arrayContaining(['organisation', 'task-board', 'task-detail', 'task-timeline']),
    );
    for (const position of Object.values(answer.body.positions))
      expect(parsePosition(position as string)).toBeDefined();
  });

  it('refuses the stream without a bearer token (401), so a token never needs to be in the URL', async () => {
    const response = await fetch(`${app.url}/api/read-models/positions`, { headers: { accept: 'text/event-stream' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('TOKEN_MISSING');
  });

  it('given a reader with the stream open, when the office issues a task, then an event brings a board position at or past the command’s', async () => {
    const stream = await openStream(app.tokenFor(READER));
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const first = await stream.events.next();
      expect(first.event).toBe('positions');

      const issued = await post(app.url, '/api/tasks', juvenileTask({ code: '2026-41' }), {
        token: app.tokenFor(SUPERVISOR),
      });
      expect(issued.status).toBe(201);
      const written = parsePosition(issued.body.position)!;

      // Events arrive only when a read model moved; the one that reaches the write comes within the feed's interval of the projector applying it.
      for (;;) {
        const event = await stream.events.next();
        expect(event.event).toBe('positions');
        const board = parsePosition(JSON.parse(event.data).positions['task-board']);
        expect(event.id).toBe(JSON.parse(event.data).positions['task-board']);
        if (board && comparePositions(board, written) >= 0) break;
      }
    } finally {
      stream.close();
    }
  });

  it('given two streams open, sends each the same positions from one shared reading', async () => {
    const [one, two] = [await openStream(app.tokenFor(READER)), await openStream(app.tokenFor(SUPERVISOR))];
    try {
      // The second opened later: it starts from the latest reading, which the first has had or gets next.
      const second = JSON.parse((await two.events.next()).data);
      let first = JSON.parse((await one.events.next()).data);
      while (!isDeepEqual(first, second)) first = JSON.parse((await one.events.next()).data);
      expect(first).toEqual(second);
    } finally {
      one.close();
      two.close();
    }
  });
});
