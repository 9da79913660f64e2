/**
 * The board's kept pages (board-page-cache.ts) over HTTP: a page asked again is served from memory
 * only while a fresh read would give the same page, so the read model moving, another caller's
 * scope or the clock turning a task stale each gives the fresh page.
 */
import { get, post } from '../support/http-client';
import { CIVIL_UNIT, JUVENILE_UNIT, READER, SUPERVISOR } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { givenBoard, type Board } from './board-story';

describe('a board page asked again', () => {
  let app: TestApp;
  let board: Board;
  beforeAll(async () => {
    app = await startTestApp();
    board = await givenBoard(app);
  });
  afterAll(() => app.close());

  const idsOf = async (query: string, who: object = READER, position = board.position) => {
    const answer = await get(app.url, `/api/tasks${query}`, {
      token: app.tokenFor(who as never),
      headers: { 'X-Min-Position': position },
    });
    expect(answer.status).toBe(200);
    return (answer.body.items as { id: string }[]).map((item) => item.id);
  };

  it('shows a command’s effect as soon as the read model has it, not the page kept before', async () => {
    expect(await idsOf('?status=issued')).toEqual([board.ids.juvenile]);
    expect(await idsOf('?status=issued')).toEqual([board.ids.juvenile]);
    const acknowledged = await post(
      app.url,
      `/api/tasks/${board.ids.juvenile}/acknowledge`,
      {},
      {
        token: app.tokenFor(JUVENILE_UNIT),
      },
    );
    expect(acknowledged.status).toBe(200);
    expect(await idsOf('?status=issued', READER, acknowledged.body.position)).toEqual([]);
    expect(await idsOf('?status=acknowledged', READER, acknowledged.body.position)).toEqual([board.ids.juvenile]);
  });

  it('answers a page asked again with the same JSON as the first time it was read', async () => {
    const ask = () => get(app.url, '/api/tasks?sort=code&limit=2', { token: app.tokenFor(READER) });
    const first = await ask();
    const again = await ask();
    expect(first.status).toBe(200);
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(again.body).toEqual(first.body);
    expect(first.body).toMatchObject({ total: 6, page: 1, limit: 2, pages: 3, nextCursor: expect.any(String) });
  });

  it('never gives a unit member the page another caller’s free text found in a description it may not read', async () => {
    // Only in the description of the IP task, which dept-1 leads and dept-6 has no part in.
    expect(await idsOf(`?q=${encodeURIComponent('职能集中')}`, SUPERVISOR)).toEqual([board.ids.ip]);
    expect(await idsOf(`?q=${encodeURIComponent('职能集中')}`, CIVIL_UNIT)).toEqual([]);
    expect(await idsOf(`?q=${encodeURIComponent('行政检察')}`, CIVIL_UNIT)).toEqual([]);
    expect(await idsOf(`?q=${encodeURIComponent('行政检察')}`, SUPERVISOR)).toEqual([board.ids.ip]);
  });

  it('shows a task turning stale when the clock passes its stale-since plus the stale period, the same day', async () => {
    // The IP task's plan came on 2 March 09:00 (Beijing) and no report since: stale from 1 April 09:00.
    const flagsOfIp = async () => {
      const answer = await get(app.url, '/api/tasks?sort=code', { token: app.tokenFor(READER) });
      return (answer.body.items as { id: string; flags: { stale: boolean } }[]).find(
        (item) => item.id === board.ids.ip,
      )!.flags.stale;
    };
    try {
      app.clock.set('2026-04-01T08:59:59+08:00');
      expect(await flagsOfIp()).toBe(false);
      expect(await flagsOfIp()).toBe(false);
      app.clock.set('2026-04-01T09:00:01+08:00');
      expect(await flagsOfIp()).toBe(true);
    } finally {
      app.clock.set('2026-04-15T09:00:00+08:00');
    }
  });
});
