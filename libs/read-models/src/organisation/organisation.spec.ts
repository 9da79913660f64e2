import type { DirectoryEvent, ProgrammeEvent } from '@app/supervision';
import { openReadModelDatabase, type ReadModelDatabase } from '../specs-support/read-model-database';
import { recorded } from '../specs-support/recorded-events';
import { emptyOrganisation, evolveOrganisation } from './organisation.evolve';
import { findNames, findProgramme, organisationProjection } from './organisation.projection';

const AT = '2026-01-05T02:00:00.000Z';
const directory: DirectoryEvent[] = [
  { type: 'UnitRegistered', data: { unitId: 'dept-9', name: '第九检察厅', kind: 'department', registeredAt: AT } },
  { type: 'OfficialRegistered', data: { officialId: 'leader-juvenile', title: '分管未成年人检察的院领导', kind: 'leader', unitId: null, registeredAt: AT } },
  { type: 'OfficialAssignedToUnit', data: { officialId: 'leader-juvenile', unitId: 'dept-9', previousUnitId: null, assignedAt: AT } },
];
const programme: ProgrammeEvent[] = [
  { type: 'ProgrammeLaunched', data: { programmeId: 'spp-2026', title: '2026年重点督办任务', year: 2026, issuedOn: '2026-02-08', plannedTaskCount: 68, launchedAt: AT } },
  { type: 'ProgrammeClosed', data: { programmeId: 'spp-2026', summary: '全部完成', closedAt: AT } },
];
const events = () => [...recorded('directory', directory), ...recorded('programme-spp-2026', programme)];

describe('the organisation read model', () => {
  describe('its evolve (pure)', () => {
    it('knows units, officials (with their unit) and programmes, each with the revision it reflects', () => {
      const org = events().reduce(evolveOrganisation, emptyOrganisation());
      expect(org.units.get('dept-9')).toEqual({ revision: 0, value: expect.objectContaining({ name: '第九检察厅' }) });
      expect(org.officials.get('leader-juvenile')).toEqual({ revision: 2, value: expect.objectContaining({ title: '分管未成年人检察的院领导', unitId: 'dept-9' }) });
      expect(org.programmes.get('spp-2026')).toEqual({ revision: 1, value: expect.objectContaining({ status: 'closed', summary: '全部完成' }) });
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
      const names = await findNames(db.dataSource.manager, { units: ['dept-9', 'dept-404'], officials: ['leader-juvenile'], programmes: ['spp-2026'] });
      expect([...names.units]).toEqual([['dept-9', '第九检察厅']]);
      expect(names.officials.get('leader-juvenile')).toBe('分管未成年人检察的院领导');
      expect(await findProgramme(db.dataSource.manager, 'spp-2026')).toMatchObject({ title: '2026年重点督办任务', status: 'closed' });
    });
  });
});
