/**
 * The directory reads over HTTP, on the demo data: programmes, units and officials, paged like the
 * board, filtered, searched, read from the organisation read model; bad parameters a 400 that names them.
 */
import { seedDemoData } from '../../apps/api/src/demo/seed-demo-data';
import { DEMO_LEADERS, DEMO_UNITS } from '../../apps/api/src/demo/demo-organisation';
import { get, post } from '../support/http-client';
import { READER, SUPERVISOR, JUVENILE_UNIT } from '../support/ledger-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the directory reads', () => {
  let app: TestApp;
  let position: string;
  let year: number;
  beforeAll(async () => {
    app = await startTestApp();
    year = Number((await seedDemoData(app.app)).anchorDay.slice(0, 4));
    // A staff member of dept-9, so that officials have a unit to filter by.
    const staff = await post(
      app.url,
      '/api/officials',
      { officialId: 'dept-9-liaison', title: '第九检察厅督办联络员', kind: 'staff', unitId: 'dept-9' },
      { token: app.tokenFor(SUPERVISOR), headers: { 'idempotency-key': 'directory-spec-staff' } },
    );
    expect(staff.status).toBe(201);
    position = staff.body.position;
  });
  afterAll(() => app.close());

  const read = (path: string, claims = READER) =>
    get(app.url, path, { token: app.tokenFor(claims), headers: { 'X-Min-Position': position } });
  const ok = async (path: string) => {
    const answer = await read(path);
    expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    return answer.body;
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

  describe('GET /api/programmes', () => {
    it('lists the live programme before the 2022 history, with the board’s page fields', async () => {
      expect(await ok('/api/programmes')).toEqual({
        total: 2,
        page: 1,
        limit: 50,
        pages: 1,
        items: [
          expect.objectContaining({
            id: 'spp-current',
            title: `最高检党组${year}年重点督办任务`,
            year,
            plannedTaskCount: 68,
            status: 'launched',
            statusLabel: '督办中',
            summary: null,
            closedAt: null,
          }),
          expect.objectContaining({
            id: 'spp-2022',
            title: '最高检党组2022年重点督办任务',
            year: 2022,
            issuedOn: '2022-02-08',
            status: 'launched',
          }),
        ],
      });
    });

    it('filters by year and by status, and pages', async () => {
      expect(ids(await ok('/api/programmes?year=2022'))).toEqual(['spp-2022']);
      expect(await ok('/api/programmes?status=closed')).toMatchObject({ total: 0, pages: 0, items: [] });
      expect(await ok('/api/programmes?limit=1&page=2')).toMatchObject({
        total: 2,
        page: 2,
        limit: 1,
        pages: 2,
        items: [{ id: 'spp-2022' }],
      });
      expect(await ok('/api/programmes?page=3&limit=1')).toMatchObject({ total: 2, page: 3, items: [] });
    });
  });

  describe('GET /api/programmes/{id}', () => {
    it('answers one programme, and 404 for an unknown id, 400 for a malformed one', async () => {
      expect(await ok('/api/programmes/spp-2022')).toEqual({
        id: 'spp-2022',
        title: '最高检党组2022年重点督办任务',
        year: 2022,
        issuedOn: '2022-02-08',
        plannedTaskCount: 68,
        status: 'launched',
        statusLabel: '督办中',
        launchedAt: '2022-02-08T02:00:00.000Z',
        summary: null,
        closedAt: null,
      });
      expect(await read('/api/programmes/spp-1999')).toMatchObject({
        status: 404,
        body: { code: 'PROGRAMME_NOT_FOUND' },
      });
      expect(await read('/api/programmes/bad%20id')).toMatchObject({ status: 400, body: { code: 'BAD_ID' } });
    });

    it('shows a programme launched a moment ago to a reader who waits for its position', async () => {
      const launched = await post(
        app.url,
        '/api/programmes',
        {
          programmeId: 'spp-2030',
          title: '2030年重点督办任务',
          year: 2030,
          issuedOn: '2030-02-01',
          plannedTaskCount: 12,
        },
        { token: app.tokenFor(SUPERVISOR) },
      );
      expect(launched.status).toBe(201);
      const answer = await get(app.url, '/api/programmes/spp-2030', {
        token: app.tokenFor(READER),
        headers: { 'X-Min-Position': launched.body.position },
      });
      expect(answer).toMatchObject({ status: 200, body: { id: 'spp-2030', year: 2030, plannedTaskCount: 12 } });
    });
  });

  describe('GET /api/units', () => {
    it('lists every demo unit by id, with its name and kind', async () => {
      const page = await ok('/api/units?limit=200');
      expect(page.total).toBe(DEMO_UNITS.length);
      expect(ids(page)).toEqual(DEMO_UNITS.map((unit) => unit.unitId).sort());
      expect(page.items).toContainEqual({
        id: 'dept-9',
        name: '第九检察厅（未成年人检察）',
        kind: 'department',
        kindLabel: '内设机构',
        registeredAt: '2022-01-20T02:00:00.000Z',
      });
    });

    it('pages like the board', async () => {
      const pages = Math.ceil(DEMO_UNITS.length / 5);
      const last = await ok(`/api/units?limit=5&page=${pages}`);
      expect(last).toMatchObject({ total: DEMO_UNITS.length, page: pages, limit: 5, pages });
      expect(last.items).toHaveLength(DEMO_UNITS.length - 5 * (pages - 1));
    });

    it('filters by kind and searches the name (Chinese) or the id, taking % and _ literally', async () => {
      expect(ids(await ok('/api/units?kind=institution'))).toEqual(['tech-centre']);
      expect((await ok(`/api/units?q=${encodeURIComponent('检察厅')}`)).total).toBe(10);
      expect(ids(await ok(`/api/units?q=${encodeURIComponent('未成年人')}`))).toEqual(['dept-9']);
      expect(ids(await ok('/api/units?q=case-man'))).toEqual(['case-management']);
      expect((await ok('/api/units?q=%25')).total).toBe(0);
      expect((await ok('/api/units?q=dept_1')).total).toBe(0);
    });
  });

  describe('GET /api/units/{id} and /api/officials/{id}', () => {
    it('answers one unit and one official (with the unit named), 404 for an unknown id, 400 for a malformed one', async () => {
      expect(await ok('/api/units/dept-9')).toMatchObject({
        id: 'dept-9',
        kind: 'department',
        kindLabel: '内设机构',
        name: expect.stringContaining('第九检察厅'),
      });
      expect(await ok('/api/officials/dept-9-liaison')).toMatchObject({
        id: 'dept-9-liaison',
        title: '第九检察厅督办联络员',
        kind: 'staff',
        unit: { id: 'dept-9', name: expect.stringContaining('第九检察厅') },
      });
      expect(await read('/api/units/dept-99')).toMatchObject({ status: 404, body: { code: 'UNIT_NOT_FOUND' } });
      expect(await read('/api/officials/nobody')).toMatchObject({ status: 404, body: { code: 'OFFICIAL_NOT_FOUND' } });
      expect(await read('/api/units/bad%20id')).toMatchObject({ status: 400, body: { code: 'BAD_ID' } });
    });
  });

  describe('GET /api/officials', () => {
    it('lists the officials with their unit, named', async () => {
      const page = await ok('/api/officials');
      expect(page.total).toBe(DEMO_LEADERS.length + 1);
      expect(page.items).toContainEqual({
        id: 'leader-juvenile',
        title: '分管未成年人检察的院领导',
        kind: 'leader',
        kindLabel: '院领导',
        unit: null,
        registeredAt: '2022-01-20T02:00:00.000Z',
      });
      expect(page.items).toContainEqual(
        expect.objectContaining({
          id: 'dept-9-liaison',
          kind: 'staff',
          unit: { id: 'dept-9', name: '第九检察厅（未成年人检察）' },
        }),
      );
    });

    it('filters by unit and kind, and searches the title', async () => {
      expect(ids(await ok('/api/officials?unit=dept-9'))).toEqual(['dept-9-liaison']);
      expect(await ok('/api/officials?unit=dept-404')).toMatchObject({ total: 0, items: [] });
      expect(ids(await ok('/api/officials?kind=committee_member'))).toEqual(['member-execution', 'member-ip']);
      expect((await ok('/api/officials?kind=leader,committee_member')).total).toBe(DEMO_LEADERS.length);
      expect(ids(await ok(`/api/officials?q=${encodeURIComponent('未成年人')}`))).toEqual(['leader-juvenile']);
    });
  });

  describe('with bad parameters', () => {
    it.each([
      ['/api/programmes?year=22', 'year'],
      ['/api/programmes?year=2022.5', 'year'],
      ['/api/programmes?status=open', 'status'],
      ['/api/programmes?limit=0', 'limit'],
      ['/api/programmes?page=0', 'page'],
      ['/api/units?kind=office', 'kind'],
      ['/api/units?limit=201', 'limit'],
      ['/api/units?q=' + 'x'.repeat(101), 'q'],
      ['/api/units?unit=dept-9', 'unit'],
      ['/api/officials?unit=bad%20id', 'unit'],
      ['/api/officials?kind=boss', 'kind'],
      ['/api/officials?q=%00', 'q'],
      ['/api/officials?sort=title', 'sort'],
    ])('%s is a 400 naming %s', async (path, field) => {
      const answer = await read(path);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    });
  });

  it('documents answers the demo really gives', async () => {
    const document = (await get(app.url, '/api/docs-json')).body;
    const example = (path: string) => document.paths[path].get.responses['200'].content['application/json'].example;
    expect(await ok('/api/programmes/spp-2022')).toEqual(example('/api/programmes/{programmeId}'));
    expect(ids(example('/api/programmes'))).toEqual(['spp-current', 'spp-2022']);
    expect(example('/api/programmes').items[1]).toEqual(await ok('/api/programmes/spp-2022'));
    expect((await ok('/api/units')).items).toContainEqual(example('/api/units').items[0]);
    expect((await ok('/api/officials')).items).toContainEqual(example('/api/officials').items[0]);
  });

  it('needs a bearer token, and is open to every reading role, a unit member included', async () => {
    for (const path of ['/api/programmes', '/api/programmes/spp-current', '/api/units', '/api/officials']) {
      expect((await get(app.url, path)).status).toBe(401);
      expect((await read(path, JUVENILE_UNIT)).status).toBe(200);
    }
  });
});
