/**
 * WHO MAY CALL EACH ROUTE — one row per route of the OpenAPI document (/api/docs-json), GET and POST.
 *
 * The security suites read the routes from the running app's OpenAPI document and FAIL for any
 * route without a row here (function-level-access and object-level-access e2e specs). So when you
 * add an endpoint, add its row in the same commit: who may call it and, for a command, a body that
 * would be valid, so that a refusal is proved to come from access and not from validation.
 *
 * Actors are seen from the fixture task (security-fixtures.ts): `leadUnit` is dept-9 (its lead
 * unit), `coUnit` dept-1 (its co-operating unit), `otherUnit` dept-6 (no part in it), `taskLeader`
 * its leader in charge, `otherLeader` a leader of another line. Every actor not listed must get 403.
 */
import { ACTOR_KINDS, type ActorKind, type FixtureIds } from './support/security-fixtures';
import { juvenileTask } from '../support/ledger-fixtures';
import { taskTemplate } from '@app/office';
import { pdfBytes } from '../evidence/evidence-support';

export interface RouteAccess {
  /** Who may call it; 'public' for routes that need no token (the start page, health). */
  readonly allowed: readonly ActorKind[] | 'public';
  /** A valid body (commands); refused actors send it too. */
  readonly body?: (ids: FixtureIds) => object;
  /** Path parameters the fixtures cannot guess, e.g. which {requestId}. */
  readonly params?: (ids: FixtureIds) => Record<string, string>;
  /** A query string for read routes, e.g. '?limit=10'. */
  readonly query?: string;
  /**
   * For a route that takes a file (multipart/form-data) instead of JSON: a valid file. An allowed
   * actor sends it with an unknown form field beside it, so that it stops at validation.
   */
  readonly upload?: () => Promise<UploadPart>;
  /** A read of something the fixtures never make: the 404 code it answers once past the guards. */
  readonly absentAnswers?: string;
}

export interface UploadPart {
  readonly field: string;
  readonly filename: string;
  readonly type: string;
  readonly bytes: Buffer;
}

const SUPERVISOR_ONLY: readonly ActorKind[] = ['supervisor'];
const ALL_BUT_OTHER_UNIT = ACTOR_KINDS.filter((kind) => kind !== 'otherUnit');
const reason = { reason: "督办事由：请按期办理 '; DROP TABLE events; --" };

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  'GET /health': { allowed: 'public' },
  'GET /health/live': { allowed: 'public' },
  'GET /health/ready': { allowed: 'public' },
  // The figures tell an outsider the load and the error rate: operators only (see README, Observability).
  'GET /metrics': { allowed: ['admin'] },
  // The embedded demo's sign-in (the test app runs in demo mode, as `npm start` does; 404 otherwise).
  'GET /api/demo/users': { allowed: 'public' },
  'POST /api/demo/sign-in': { allowed: 'public', body: () => ({ user: 'reader' }) },

  // The organisation and the programmes: the supervision office's acts.
  'POST /api/programmes': {
    allowed: SUPERVISOR_ONLY,
    body: () => ({
      programmeId: 'spp-2027',
      title: '2027年重点督办任务',
      year: 2027,
      issuedOn: '2027-02-01',
      plannedTaskCount: 10,
    }),
  },
  'POST /api/programmes/{programmeId}/close': { allowed: SUPERVISOR_ONLY, body: () => ({ summary: '全年完成情况' }) },
  'POST /api/units': {
    allowed: SUPERVISOR_ONLY,
    body: () => ({ unitId: 'dept-7', name: '第七检察厅', kind: 'department' }),
  },
  'POST /api/officials': {
    allowed: SUPERVISOR_ONLY,
    body: () => ({ officialId: 'leader-new', title: '分管院领导', kind: 'leader' }),
  },
  'POST /api/officials/{officialId}/unit': { allowed: SUPERVISOR_ONLY, body: () => ({ unitId: 'dept-9' }) },

  // The office's year list from Excel (apps/api/src/office): the supervision office's own work.
  'GET /api/task-imports/template': { allowed: SUPERVISOR_ONLY },
  'POST /api/programmes/{programmeId}/task-imports': {
    allowed: SUPERVISOR_ONLY,
    upload: async () => ({
      field: 'file',
      filename: '督办任务.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await taskTemplate(),
    }),
  },

  'POST /api/files': {
    allowed: ['leadUnit', 'coUnit', 'otherUnit', 'taskLeader', 'otherLeader'],
    upload: async () => ({ field: 'file', filename: '佐证材料.pdf', type: 'application/pdf', bytes: pdfBytes() }),
  },

  // Issuing, routing and deciding on a task.
  'POST /api/tasks': { allowed: SUPERVISOR_ONLY, body: () => juvenileTask({ code: '2026-S2' }) },
  'POST /api/tasks/{taskId}/acknowledge': { allowed: ['leadUnit'], body: () => ({}) },
  'POST /api/tasks/{taskId}/send-back': { allowed: ['leadUnit'], body: () => reason },
  'POST /api/tasks/{taskId}/reassign': {
    allowed: SUPERVISOR_ONLY,
    body: () => ({ leadUnitId: 'dept-6', coUnitIds: [], ...reason }),
  },
  'POST /api/tasks/{taskId}/accept': { allowed: SUPERVISOR_ONLY, body: () => ({ comment: '同意办结' }) },
  'POST /api/tasks/{taskId}/return': { allowed: SUPERVISOR_ONLY, body: () => reason },
  'POST /api/tasks/{taskId}/rating': { allowed: SUPERVISOR_ONLY, body: () => ({ rating: 'good' }) },
  'POST /api/tasks/{taskId}/look-back': { allowed: SUPERVISOR_ONLY, body: () => ({ findings: '回头看发现的问题' }) },
  'POST /api/tasks/{taskId}/rectification': { allowed: ['leadUnit'], body: () => ({ summary: '整改情况' }) },
  'POST /api/tasks/{taskId}/look-back/close': { allowed: SUPERVISOR_ONLY, body: () => ({ conclusion: '整改到位' }) },
  'POST /api/tasks/{taskId}/suspend': { allowed: SUPERVISOR_ONLY, body: () => reason },
  'POST /api/tasks/{taskId}/resume': { allowed: SUPERVISOR_ONLY, body: () => reason },
  'POST /api/tasks/{taskId}/cancel': { allowed: SUPERVISOR_ONLY, body: () => reason },
  'POST /api/tasks/{taskId}/urge': { allowed: SUPERVISOR_ONLY, body: () => ({ ...reason, replyDueOn: '2026-04-30' }) },
  'POST /api/tasks/{taskId}/extension-requests/{requestId}/approve': {
    allowed: SUPERVISOR_ONLY,
    body: () => ({}),
    params: (ids) => ({ requestId: ids.extensionRequestId }),
  },
  'POST /api/tasks/{taskId}/extension-requests/{requestId}/reject': {
    allowed: SUPERVISOR_ONLY,
    body: () => reason,
    params: (ids) => ({ requestId: ids.extensionRequestId }),
  },

  // The work on a task: its lead unit, its co-units and its leader, each for their own part.
  'POST /api/tasks/{taskId}/plan': {
    allowed: ['leadUnit', 'taskLeader'],
    body: () => ({ plan: '工作打算', milestones: [{ title: '试点', dueOn: '2026-09-30' }] }),
  },
  'POST /api/tasks/{taskId}/progress': {
    allowed: ['leadUnit', 'taskLeader', 'coUnit'],
    body: () => ({ summary: '进展情况', percent: 40 }),
  },
  'POST /api/tasks/{taskId}/milestones/{milestoneId}/complete': { allowed: ['leadUnit'], body: () => ({}) },
  'POST /api/tasks/{taskId}/outcomes': {
    allowed: ['leadUnit', 'coUnit'],
    body: () => ({ kind: 'rule', title: '工作规则' }),
  },
  'POST /api/tasks/{taskId}/cooperation-requests': {
    allowed: ['leadUnit', 'coUnit'],
    body: () => ({ fromUnitId: 'dept-6', subject: '协作事项' }),
  },
  'POST /api/tasks/{taskId}/cooperation-requests/{requestId}/provide': {
    allowed: ['coUnit'],
    body: () => ({ response: '已移送' }),
    params: (ids) => ({ requestId: ids.cooperationRequestId }),
  },
  'POST /api/tasks/{taskId}/instructions': { allowed: ['taskLeader'], body: () => ({ text: '请抓紧推进' }) },
  'POST /api/tasks/{taskId}/extension-requests': {
    allowed: ['leadUnit'],
    body: () => ({ requestedDeadline: '2027-06-30', reason: '需要更多时间' }),
  },
  'POST /api/tasks/{taskId}/countersign': { allowed: ['coUnit'], body: () => ({}) },
  'POST /api/tasks/{taskId}/completion-report': { allowed: ['leadUnit'], body: () => ({ summary: '完成情况' }) },

  // The read models: any authenticated role may read the board, a task, its timeline, the dashboards and the projections' status.
  'GET /api/tasks': { allowed: ACTOR_KINDS, query: '?limit=10&q=%E6%9C%AA%E6%88%90%E5%B9%B4%E4%BA%BA' },
  // A task in full and its history: not for a unit with no part in it (TaskReadScopeGuard).
  'GET /api/tasks/{taskId}': { allowed: ALL_BUT_OTHER_UNIT },
  'GET /api/tasks/{taskId}/timeline': { allowed: ALL_BUT_OTHER_UNIT, query: '?limit=10' },
  // Evidence files: whoever reports may upload (no task yet); a download is a read of the task, in its scope.
  'GET /api/tasks/{taskId}/files/{sha256}': { allowed: ALL_BUT_OTHER_UNIT },
  'GET /api/dashboards/programmes/{programmeId}': { allowed: ACTOR_KINDS },
  'GET /api/dashboards/units': { allowed: ACTOR_KINDS },
  'GET /api/dashboards/leaders': { allowed: ACTOR_KINDS },
  'GET /api/projections': { allowed: ACTOR_KINDS },
  // How the console signs in (before anyone has a token).
  'GET /api/console/config': { allowed: 'public' },
  // Where the read models stand (JSON; a live stream with Accept: text/event-stream), for every signed-in page.
  'GET /api/read-models/positions': { allowed: ACTOR_KINDS },
  // The 台账 as a workbook: the board's rows (public to every role), with the board's filters.
  'GET /api/ledger/export': { allowed: ACTOR_KINDS, query: '?sort=code&q=%E6%9C%AA%E6%88%90%E5%B9%B4%E4%BA%BA' },
  // Periodic reports: a programme's aggregate figures, for every role (the leadership reads them).
  'GET /api/programmes/{programmeId}/reports/{period}': { allowed: ACTOR_KINDS, params: () => ({ period: '2026-Q1' }) },
  'GET /api/programmes/{programmeId}/reports/{period}/workbook': {
    allowed: ACTOR_KINDS,
    params: () => ({ period: '2026-03' }),
  },
  'GET /api/programmes/{programmeId}/reports/{period}/page': {
    allowed: ACTOR_KINDS,
    params: () => ({ period: '2026-Q1' }),
  },
  // The directory reads (programmes, units, officials): what a form needs, for any authenticated role, as the board.
  'GET /api/programmes': { allowed: ACTOR_KINDS, query: '?limit=10&year=2026' },
  'GET /api/programmes/{programmeId}': { allowed: ACTOR_KINDS },
  'GET /api/units': { allowed: ACTOR_KINDS, query: '?limit=10&q=%E6%A3%80%E5%AF%9F%E5%8E%85' },
  'GET /api/units/{unitId}': { allowed: ACTOR_KINDS },
  'GET /api/officials': { allowed: ACTOR_KINDS, query: '?limit=10&unit=dept-9&kind=leader,committee_member' },
  'GET /api/officials/{officialId}': { allowed: ACTOR_KINDS },

  // The audit endpoints: auditors only (apps/api/src/audit/audit-readers.ts says why).
  'GET /api/audit/events': { allowed: ['auditor'] },
  'GET /api/audit/tasks/{taskId}/history': { allowed: ['auditor'] },
  'GET /api/audit/tasks/{taskId}/as-of': { allowed: ['auditor'], query: '?revision=0' },
  'GET /api/audit/board/as-of': { allowed: ['auditor'], query: '?at=2026-03-02T09:00:00%2B08:00&limit=10' },
  'GET /api/audit/verify': { allowed: ['auditor'] },
  'GET /api/audit/digest': { allowed: ['auditor'] },
  'GET /api/audit/export': { allowed: ['auditor'] },
  'GET /api/audit/ledger/export': { allowed: ['auditor'], query: '?at=2026-03-02T09:00:00%2B08:00' },
  'GET /api/audit/keys': { allowed: ['auditor'] },
  'GET /api/audit/seals': { allowed: ['auditor'] },

  // Operating the read models (apps/api/src/projections/projection-operations.controller.ts): changes and
  // the parked list for the admin (运维) only; a live checksum for anyone signed in.
  'GET /api/projections/parked': { allowed: ['admin'] },
  'GET /api/projections/{name}/checksum': {
    allowed: [
      'supervisor',
      'leadUnit',
      'coUnit',
      'otherUnit',
      'taskLeader',
      'otherLeader',
      'auditor',
      'reader',
      'admin',
    ],
    params: () => ({ name: 'task-deadlines' }),
  },
  'POST /api/projections/{name}/rebuild': { allowed: ['admin'], params: () => ({ name: 'task-deadlines' }) },
  // Nothing is rebuilt by the fixtures (the suites' POST stops at validation): past the guards it answers NO_REBUILD.
  'GET /api/projections/{name}/rebuild': {
    allowed: ['admin'],
    params: () => ({ name: 'task-deadlines' }),
    absentAnswers: 'NO_REBUILD',
  },
  'GET /api/projections/rebuilds': { allowed: ['admin'] },
  'POST /api/projections/{name}/parked/replay': {
    allowed: ['admin'],
    body: () => ({}),
    params: () => ({ name: 'task-deadlines' }),
  },

  // Notifications (apps/api/src/notifications): everyone reads their own inbox, those told (office, units, leaders) mark it read; the outbox's retry is the admin's.
  'GET /api/inbox': { allowed: ACTOR_KINDS, query: '?unread=true&limit=10' },
  'POST /api/inbox/{id}/read': {
    allowed: ['supervisor', 'leadUnit', 'coUnit', 'otherUnit', 'taskLeader', 'otherLeader'],
    params: () => ({ id: '3f1c2a9e-6b7d-5e4f-8a1b-2c3d4e5f6a7b' }),
  },
  'POST /api/notifications/{id}/retry': {
    allowed: ['admin'],
    params: () => ({ id: '3f1c2a9e-6b7d-5e4f-8a1b-2c3d4e5f6a7b' }),
  },
};
