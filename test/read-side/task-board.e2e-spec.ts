/** The board over HTTP: every filter, free text in Chinese, sort, pages with totals, and 400s that name the bad parameter. */
import { get } from '../support/http-client';
import { READER } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { givenBoard, type Board } from './board-story';

describe('the task board', () => {
  let app: TestApp;
  let board: Board;
  beforeAll(async () => {
    app = await startTestApp();
    board = await givenBoard(app);
  });
  afterAll(() => app.close());

  const read = (query: string) =>
    get(app.url, `/api/tasks${query}`, { token: app.tokenFor(READER), headers: { 'X-Min-Position': board.position } });
  const idsOf = async (query: string) => {
    const answer = await read(query);
    expect({ query, status: answer.status }).toEqual({ query, status: 200 });
    return (answer.body.items as { id: string }[]).map((item) => item.id).sort();
  };
  const named = (...names: (keyof Board['ids'])[]) => names.map((name) => board.ids[name]).sort();

  it('lists every task, with names, labels and flags as of now, in the Chinese it was given', async () => {
    const answer = await read('?sort=code');
    expect(answer.body).toMatchObject({ total: 6, page: 1, pages: 1 });
    expect(answer.body.items[0]).toMatchObject({
      id: board.ids.juvenile,
      code: '2026-01',
      title: '规范推进未成年人检察业务统一集中办理',
      category: '未成年人检察',
      status: 'issued',
      statusLabel: '已交办',
      programme: { id: 'spp-2026', name: '2026年重点督办任务' },
      leadUnit: { id: 'dept-9', name: '第九检察厅' },
      coUnits: [
        { id: 'dept-1', name: '第一检察厅' },
        { id: 'dept-6', name: '第六检察厅' },
      ],
      leader: { id: 'leader-juvenile', name: '分管未成年人检察的院领导' },
      flags: { light: 'green', lightLabel: '绿灯', overdue: false, stale: false },
    });
  });

  describe('filters', () => {
    it.each([
      ['?programme=spp-2026', ['juvenile', 'ip', 'civil', 'done', 'cancelled', 'late']],
      ['?programme=other', []],
      ['?status=in_progress', ['ip', 'civil']],
      ['?status=completed,cancelled', ['done', 'cancelled', 'late']],
      ['?status=issued&status=cancelled', ['juvenile', 'cancelled']],
      ['?category=知识产权', ['ip']],
      ['?category=民事检察,其他', ['civil', 'cancelled']],
      ['?unit=dept-9', ['juvenile', 'civil', 'done']],
      ['?unit=dept-1', ['juvenile', 'ip', 'done', 'late']],
      ['?leader=leader-civil', ['ip', 'civil']],
      ['?light=green', ['juvenile']],
      ['?light=yellow', ['ip']],
      ['?light=red', ['civil']],
      ['?light=none', ['done', 'cancelled', 'late']],
      ['?light=red,yellow', ['ip', 'civil']],
      ['?overdue=true', ['civil']],
      ['?overdue=false', ['juvenile', 'ip', 'done', 'cancelled', 'late']],
      ['?stale=true', ['ip']],
      ['?stale=false', ['juvenile', 'civil', 'done', 'cancelled', 'late']],
      ['?dueBefore=2026-04-20', ['civil']],
      ['?dueAfter=2026-06-30', ['juvenile', 'cancelled']],
      ['?dueAfter=2026-04-01&dueBefore=2026-06-30', ['ip', 'late']],
      ['?q=未成年人', ['juvenile', 'done']],
      ['?q=' + encodeURIComponent('职能集中'), ['ip']],
      ['?q=听证&status=completed', ['late']],
      ['?unit=dept-6&light=red&overdue=true', ['civil']],
    ] as [string, (keyof Board['ids'])[]][])('%s finds %j', async (query, expected) => {
      expect(await idsOf(query)).toEqual(named(...expected));
    });

    it('counts the extended deadline in force for lights, and the original one for on-time completion', async () => {
      const [late] = (await read('?status=completed&sort=code&order=desc')).body.items;
      expect(late).toMatchObject({
        id: board.ids.late,
        deadline: '2026-05-31',
        originalDeadline: '2026-03-10',
        flags: { light: 'none', overdue: false },
      });
    });
  });

  describe('sort and pages', () => {
    // The story's clock stands still while it is told, so most tasks tie on their instants: the id decides.
    const ALL = ['juvenile', 'ip', 'civil', 'done', 'cancelled', 'late'] as const;
    const byId = (...names: (keyof Board['ids'])[]) =>
      [...names].sort((a, b) => (board.ids[a] < board.ids[b] ? -1 : 1));
    const ordered = (order: string, asc: (keyof Board['ids'])[][]) => {
      const groups = order === 'asc' ? asc : [...asc].reverse();
      return groups
        .flatMap((group) => (order === 'asc' ? byId(...group) : byId(...group).reverse()))
        .map((name) => board.ids[name]);
    };
    const order = async (query: string) => ((await read(query)).body.items as { id: string }[]).map((item) => item.id);

    it.each([
      // deadline in force: civil 04-01, ip 04-20, late 05-31 (extended), done 06-30, cancelled 09-30, juvenile 12-31
      ['deadline', [['civil'], ['ip'], ['late'], ['done'], ['cancelled'], ['juvenile']]],
      ['issuedAt', [[...ALL]]],
      // civil and late last acted on 10 April, the rest on the day they were issued
      [
        'updatedAt',
        [
          ['juvenile', 'ip', 'done', 'cancelled'],
          ['civil', 'late'],
        ],
      ],
      ['code', [['juvenile'], ['ip'], ['civil'], ['done'], ['cancelled'], ['late']]],
      // by code point (the C.UTF-8 collation): 刑 加 完 检 深 规
      ['title', [['late'], ['ip'], ['done'], ['cancelled'], ['civil'], ['juvenile']]],
      ['status', [['cancelled'], ['done', 'late'], ['ip', 'civil'], ['juvenile']]],
    ] as [string, (keyof Board['ids'])[][]][])(
      'sorts by %s in both directions, ties broken by id',
      async (field, asc) => {
        expect(await order(`?sort=${field}`)).toEqual(ordered('asc', asc));
        expect(await order(`?sort=${field}&order=asc`)).toEqual(ordered('asc', asc));
        expect(await order(`?sort=${field}&order=desc`)).toEqual(ordered('desc', asc));
      },
    );

    it('sorts by progress in both directions, tasks without a report last either way', async () => {
      const unreported = ALL.filter((name) => name !== 'civil');
      expect(await order('?sort=progress&order=asc')).toEqual([
        board.ids.civil,
        ...byId(...unreported).map((name) => board.ids[name]),
      ]);
      expect(await order('?sort=progress&order=desc')).toEqual([
        board.ids.civil,
        ...byId(...unreported)
          .reverse()
          .map((name) => board.ids[name]),
      ]);
    });

    it('pages with the total of all matching tasks', async () => {
      const first = await read('?sort=code&limit=4&page=1');
      const second = await read('?sort=code&limit=4&page=2');
      const beyond = await read('?sort=code&limit=4&page=3');
      expect(first.body).toMatchObject({ total: 6, limit: 4, page: 1, pages: 2 });
      expect(first.body.items.map((i: { code: string }) => i.code)).toEqual([
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
      ]);
      expect(second.body.items.map((i: { code: string }) => i.code)).toEqual(['2026-05', '2026-06']);
      expect(beyond.body).toMatchObject({ total: 6, page: 3, items: [] });
      expect((await read('?light=none&limit=2')).body).toMatchObject({ total: 3, pages: 2 });
    });

    it('pages by cursor too: nextCursor as after gives the next page, with the same total, until it is null', async () => {
      const first = await read('?sort=code&limit=4');
      expect(first.body).toMatchObject({ total: 6, totalExact: true, nextCursor: expect.any(String) });
      const second = await read(`?sort=code&limit=4&after=${first.body.nextCursor}`);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ total: 6, totalExact: true, nextCursor: null });
      expect(second.body.items.map((i: { code: string }) => i.code)).toEqual(['2026-05', '2026-06']);
    });

    it('refuses a cursor given with another sort, or one the board never gave, with a 400 naming after', async () => {
      const { nextCursor } = (await read('?sort=code&limit=4')).body;
      for (const query of [
        `?sort=title&limit=4&after=${nextCursor}`,
        '?after=bm90LWEtY3Vyc29y',
        '?after=' + encodeURIComponent('a b'),
      ]) {
        const answer = await read(query);
        expect({ query, status: answer.status }).toEqual({ query, status: 400 });
        expect(answer.body.message).toContain('after');
      }
    });
  });

  describe('a bad parameter', () => {
    it.each([
      ['?limit=500', 'limit'],
      ['?limit=0', 'limit'],
      ['?page=0', 'page'],
      ['?status=finished', 'status'],
      ['?light=blue', 'light'],
      ['?overdue=yes', 'overdue'],
      ['?dueBefore=2026-02-30', 'dueBefore'],
      ['?dueAfter=tomorrow', 'dueAfter'],
      ['?sort=password', 'sort'],
      ['?order=sideways', 'order'],
      ['?unit=' + encodeURIComponent('dept 9;drop'), 'unit'],
      ['?colour=red', 'colour'],
      ['?q=%00', 'q'],
      ['?q=' + 'a'.repeat(101), 'q'],
      ['?category=' + encodeURIComponent('民事\u0000'), 'category'],
    ])('%s is a 400 naming %s', async (query, parameter) => {
      const answer = await read(query);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(answer.body.message).toContain(parameter);
    });
  });

  it('needs a bearer token', async () => {
    expect((await get(app.url, '/api/tasks')).status).toBe(401);
  });
});
