import type { DirectoryEvent, ProgrammeEvent } from '@app/supervision';
import { openReadModelDatabase, type ReadModelDatabase } from '../support/read-model-database';
import { recorded } from '../support/recorded-events';
import { emptyOrganisation, evolveOrganisation } from '../../src/organisation/organisation.evolve';
import { findNames, findProgramme, organisationProjection } from '../../src/organisation/organisation.projection';
import { queryOfficials, queryProgrammes, queryUnits } from '../../src/organisation/organisation.queries';

const AT = '2026-01-05T02:00:00.000Z';
const directory: DirectoryEvent[] = [
  { type: 'UnitRegistered', data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: AT } },
  {
    type: 'OfficialRegistered',
    data: {
      officialId: 'leader-juvenile',
      title: '分管未成年人检察的院领导',
      kind: 'leader',
      unitId: null,
      registeredAt: AT,
    },
  },
  {
    type: 'OfficialAssignedToUnit',
    data: { officialId: 'leader-juvenile', unitId: 'dept-9', previousUnitId: null, assignedAt: AT },
  },
];
const programme: ProgrammeEvent[] = [
  {
    type: 'ProgrammeLaunched',
    data: {
      programmeId: 'spp-2026',
      title: '2026年重点督办任务',
      year: 2026,
      issuedOn: '2026-02-08',
      plannedTaskCount: 68,
      launchedAt: AT,
    },
  },
  { type: 'ProgrammeClosed', data: { programmeId: 'spp-2026', summary: '全部完成', closedAt: AT } },
];
const events = () => [...recorded('directory', directory), ...recorded('programme-spp-2026', programme)];

describe('the organisation read model', () => {
  describe('its evolve (pure)', () => {
    it('knows units, officials (with their unit) and programmes, each with the revision it reflects', () => {
      const org = events().reduce(evolveOrganisation, emptyOrganisation());
      expect(org.units.get('dept-9')).toEqual({ revision: 0, value: expect.objectContaining({ name: '第九检察厅' }) });
      expect(org.officials.get('leader-juvenile')).toEqual({
        revision: 2,
        value: expect.objectContaining({ title: '分管未成年人检察的院领导', unitId: 'dept-9' }),
      });
      expect(org.programmes.get('spp-2026')).toEqual({
        revision: 1,
        value: expect.objectContaining({ status: 'closed', summary: '全部完成' }),
      });
    });

    it('is idempotent if run twice', () => {
      const all = events();
      const once = all.reduce(evolveOrganisation, emptyOrganisation());
      expect(all.reduce(evolveOrganisation, once)).toBe(once);
    });
  });

  describe('its writer', () => {
    let db: ReadModelDatabase;
    beforeAll(async () => (db = await openReadModelDatabase([organisationProjection])));
    afterAll(() => db.close());

    it('writes the names and titles exactly, and is idempotent if run twice', async () => {
      const all = events();
      await db.apply(organisationProjection, all.slice(0, 2));
      await db.apply(organisationProjection, all);
      const once = await db.snapshot(organisationProjection);
      await db.apply(organisationProjection, all);
      expect(await db.snapshot(organisationProjection)).toEqual(once);
      const names = await findNames(db.dataSource.manager, {
        units: ['dept-9', 'dept-404'],
        officials: ['leader-juvenile'],
        programmes: ['spp-2026'],
      });
      expect([...names.units]).toEqual([['dept-9', '第九检察厅']]);
      expect(names.officials.get('leader-juvenile')).toBe('分管未成年人检察的院领导');
      expect(await findProgramme(db.dataSource.manager, 'spp-2026')).toMatchObject({
        title: '2026年重点督办任务',
        status: 'closed',
      });
    });
  });

  describe('its directory queries', () => {
    let db: ReadModelDatabase;
    const page = { page: 1, limit: 50 };
    beforeAll(async () => {
      db = await openReadModelDatabase([organisationProjection]);
      const more: DirectoryEvent[] = [
        {
          type: 'UnitRegistered',
          data: { unitId: 'dept-1', name: '第一检察厅', kind: 'department', registeredAt: AT },
        },
        {
          type: 'UnitRegistered',
          data: {
            unitId: 'spp-beijing',
            name: '北京市人民检察院（100%覆盖_试点）',
            kind: 'procuratorate',
            registeredAt: AT,
          },
        },
        {
          type: 'OfficialRegistered',
          data: {
            officialId: 'member-ip',
            title: '检委会专职委员（知识产权检察）',
            kind: 'committee_member',
            unitId: null,
            registeredAt: AT,
          },
        },
      ];
      const older: ProgrammeEvent[] = [
        {
          type: 'ProgrammeLaunched',
          data: {
            programmeId: 'spp-2022',
            title: '2022年重点督办任务',
            year: 2022,
            issuedOn: '2022-02-08',
            plannedTaskCount: 68,
            launchedAt: AT,
          },
        },
      ];
      await db.apply(organisationProjection, [
        ...recorded('directory', [...directory, ...more]),
        ...recorded('programme-spp-2026', programme),
        ...recorded('programme-spp-2022', older),
      ]);
    });
    afterAll(() => db.close());
    const manager = () => db.dataSource.manager;

    it('pages the units by id with the total of all that match', async () => {
      expect(await queryUnits(manager(), {}, { page: 1, limit: 2 })).toEqual({
        total: 3,
        items: [expect.objectContaining({ unitId: 'dept-1' }), expect.objectContaining({ unitId: 'dept-9' })],
      });
      expect(await queryUnits(manager(), {}, { page: 2, limit: 2 })).toEqual({
        total: 3,
        items: [expect.objectContaining({ unitId: 'spp-beijing' })],
      });
      expect(await queryUnits(manager(), {}, { page: 3, limit: 2 })).toEqual({ total: 3, items: [] });
    });

    it('filters units by kind and finds free text in the name or id, % and _ taken literally', async () => {
      const ids = async (filter: Parameters<typeof queryUnits>[1]) =>
        (await queryUnits(manager(), filter, page)).items.map((unit) => unit.unitId);
      expect(await ids({ kinds: ['procuratorate'] })).toEqual(['spp-beijing']);
      expect(await ids({ q: '检察厅' })).toEqual(['dept-1', 'dept-9']);
      expect(await ids({ q: 'DEPT-' })).toEqual(['dept-1', 'dept-9']);
      expect(await ids({ q: '100%覆盖_' })).toEqual(['spp-beijing']);
      expect(await ids({ q: '1%' })).toEqual([]);
      expect(await ids({ q: 'dept_' })).toEqual([]);
    });

    it('answers officials with their unit’s name, filtered by unit and kind', async () => {
      expect((await queryOfficials(manager(), {}, page)).items).toEqual([
        expect.objectContaining({ officialId: 'leader-juvenile', unitId: 'dept-9', unitName: '第九检察厅' }),
        expect.objectContaining({ officialId: 'member-ip', unitId: null, unitName: null }),
      ]);
      expect((await queryOfficials(manager(), { unitId: 'dept-9' }, page)).items.map((o) => o.officialId)).toEqual([
        'leader-juvenile',
      ]);
      expect((await queryOfficials(manager(), { kinds: ['committee_member'], q: '知识产权' }, page)).total).toBe(1);
      expect((await queryOfficials(manager(), { unitId: 'dept-1' }, page)).total).toBe(0);
    });

    it('lists programmes newest year first, filtered by year and status', async () => {
      expect((await queryProgrammes(manager(), {}, page)).items.map((p) => p.programmeId)).toEqual([
        'spp-2026',
        'spp-2022',
      ]);
      expect((await queryProgrammes(manager(), { years: [2022] }, page)).items.map((p) => p.programmeId)).toEqual([
        'spp-2022',
      ]);
      expect(
        (await queryProgrammes(manager(), { statuses: ['closed'] }, page)).items.map((p) => p.programmeId),
      ).toEqual(['spp-2026']);
    });
  });
});
