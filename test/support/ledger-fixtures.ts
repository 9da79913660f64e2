/** The people and the organisation the end-to-end specs act with, set up through the API itself. */
import type { TokenClaims } from '../../apps/api/src/auth/token-claims';
import { post } from './http-client';
import type { TestApp } from './test-app';

export const SUPERVISOR: TokenClaims = { sub: 'duban-office', role: 'supervisor' };
export const JUVENILE_UNIT: TokenClaims = { sub: 'dept-9-staff', role: 'unit', unit: 'dept-9' };
export const CRIMINAL_UNIT: TokenClaims = { sub: 'dept-1-staff', role: 'unit', unit: 'dept-1' };
export const CIVIL_UNIT: TokenClaims = { sub: 'dept-6-staff', role: 'unit', unit: 'dept-6' };
export const JUVENILE_LEADER: TokenClaims = { sub: 'leader-juvenile', role: 'leader' };
export const OTHER_LEADER: TokenClaims = { sub: 'leader-civil', role: 'leader' };
export const AUDITOR: TokenClaims = { sub: 'inspection-auditor', role: 'auditor' };
export const READER: TokenClaims = { sub: 'dashboard', role: 'reader' };
export const ADMIN: TokenClaims = { sub: 'operator', role: 'admin' };

export const PROGRAMME_ID = 'spp-2026';

/** Registers the units and leaders and launches a programme; fails loudly if any step is refused. */
export async function givenOrganisation(app: TestApp): Promise<void> {
  const token = app.tokenFor(SUPERVISOR);
  const steps: [string, object][] = [
    ['/api/units', { unitId: 'dept-1', name: '第一检察厅', kind: 'department' }],
    ['/api/units', { unitId: 'dept-6', name: '第六检察厅', kind: 'department' }],
    ['/api/units', { unitId: 'dept-9', name: '第九检察厅', kind: 'department' }],
    ['/api/officials', { officialId: 'leader-juvenile', title: '分管未成年人检察的院领导', kind: 'leader' }],
    ['/api/officials', { officialId: 'leader-civil', title: '分管民事检察的院领导', kind: 'leader' }],
    [
      '/api/programmes',
      {
        programmeId: PROGRAMME_ID,
        title: '2026年重点督办任务',
        year: 2026,
        issuedOn: '2026-02-08',
        plannedTaskCount: 68,
      },
    ],
  ];
  for (const [path, body] of steps) {
    const answer = await post(app.url, path, body, { token });
    if (answer.status !== 201)
      throw new Error(`setting up ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

export function juvenileTask(overrides: Record<string, unknown> = {}) {
  return {
    programmeId: PROGRAMME_ID,
    code: '2026-01',
    title: '规范推进未成年人检察业务统一集中办理',
    description: '涉未成年人刑事、民事、行政、公益诉讼检察业务统一集中办理',
    category: '未成年人检察',
    leadLeaderId: 'leader-juvenile',
    leadUnitId: 'dept-9',
    coUnitIds: ['dept-1', 'dept-6'],
    deadline: '2026-12-31',
    ...overrides,
  };
}

/** Issues a task as the supervisor and returns its id. */
export async function givenIssuedTask(app: TestApp, overrides: Record<string, unknown> = {}): Promise<string> {
  const answer = await post(app.url, '/api/tasks', juvenileTask(overrides), { token: app.tokenFor(SUPERVISOR) });
  if (answer.status !== 201) throw new Error(`issuing failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}
