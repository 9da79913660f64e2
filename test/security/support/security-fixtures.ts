/**
 * What the security specs act with: one actor of each kind relative to a task, and a task under
 * way that has a milestone, an open co-operation request and an open extension request, so that
 * every command has something to act on.
 */
import type { TokenClaims } from '../../../apps/api/src/auth/token-claims';
import { get, post } from '../../support/http-client';
import {
  ADMIN,
  AUDITOR,
  CIVIL_UNIT,
  CRIMINAL_UNIT,
  JUVENILE_LEADER,
  JUVENILE_UNIT,
  OTHER_LEADER,
  PROGRAMME_ID,
  READER,
  SUPERVISOR,
  givenOrganisation,
  juvenileTask,
} from '../../support/ledger-fixtures';
import type { TestApp } from '../../support/test-app';
import { pdfBytes, upload } from '../../evidence/evidence-support';

/** Who acts, seen from the fixture task: its lead unit, its co-unit, a unit with no part in it, … */
export const ACTORS = {
  supervisor: SUPERVISOR,
  leadUnit: JUVENILE_UNIT,
  coUnit: CRIMINAL_UNIT,
  otherUnit: CIVIL_UNIT,
  taskLeader: JUVENILE_LEADER,
  otherLeader: OTHER_LEADER,
  auditor: AUDITOR,
  reader: READER,
  admin: ADMIN,
} satisfies Record<string, TokenClaims>;

export type ActorKind = keyof typeof ACTORS;
export const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

export interface FixtureIds {
  readonly taskId: string;
  readonly programmeId: string;
  readonly milestoneId: string;
  /** The co-operation request the lead unit sent to the co-unit (dept-1). */
  readonly cooperationRequestId: string;
  readonly extensionRequestId: string;
  /** An evidence file the lead unit's progress report attached. */
  readonly evidenceSha256: string;
}

/** The organisation, then a task (lead dept-9, co-unit dept-1 only, led by leader-juvenile) under way. */
export async function givenTaskUnderWay(app: TestApp): Promise<FixtureIds> {
  await givenOrganisation(app);
  const as = (claims: TokenClaims) => ({ token: app.tokenFor(claims) });
  const must = async (path: string, body: object, claims: TokenClaims) => {
    const answer = await post(app.url, path, body, as(claims));
    if (answer.status >= 300)
      throw new Error(`fixture step ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const { id: taskId } = await must('/api/tasks', juvenileTask({ code: '2026-S1', coUnitIds: ['dept-1'] }), SUPERVISOR);
  await must(`/api/tasks/${taskId}/acknowledge`, {}, JUVENILE_UNIT);
  const plan = await must(
    `/api/tasks/${taskId}/plan`,
    { plan: '制定工作指引', milestones: [{ title: '工作指引', dueOn: '2026-06-30' }] },
    JUVENILE_UNIT,
  );
  const cooperation = await must(
    `/api/tasks/${taskId}/cooperation-requests`,
    { fromUnitId: 'dept-1', subject: '移送线索' },
    JUVENILE_UNIT,
  );
  const extension = await must(
    `/api/tasks/${taskId}/extension-requests`,
    { requestedDeadline: '2027-03-31', reason: '试点范围扩大' },
    JUVENILE_UNIT,
  );
  const file = await upload(app.url, app.tokenFor(JUVENILE_UNIT), '进展材料.pdf', pdfBytes('进展材料'));
  if (file.status !== 201) throw new Error(`fixture upload failed: ${file.status} ${JSON.stringify(file.body)}`);
  await must(
    `/api/tasks/${taskId}/progress`,
    {
      summary: '已起草工作指引',
      percent: 30,
      attachments: [
        { sha256: file.body.sha256, name: '进展材料.pdf', mediaType: file.body.mediaType, size: file.body.size },
      ],
    },
    JUVENILE_UNIT,
  );
  return {
    taskId,
    programmeId: PROGRAMME_ID,
    milestoneId: plan.created.milestoneIds[0],
    cooperationRequestId: cooperation.created.requestId,
    extensionRequestId: extension.created.requestId,
    evidenceSha256: file.body.sha256,
  };
}

export interface DocumentedRoute {
  /** `POST /api/tasks/{taskId}/acknowledge`, as the OpenAPI document names it. */
  readonly key: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly hasBody: boolean;
  /** The body's required fields, from its schema. */
  readonly requiredFields: readonly string[];
}

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
}

/** Every route the app documents at /api/docs-json: a new endpoint shows up here without anyone listing it. */
export async function documentedRoutes(app: TestApp): Promise<DocumentedRoute[]> {
  const answer = await get(app.url, '/api/docs-json');
  if (answer.status !== 200) throw new Error(`no OpenAPI document: ${answer.status}`);
  const routes: DocumentedRoute[] = [];
  const schemas = (answer.body.components?.schemas ?? {}) as Record<string, { required?: string[] }>;
  for (const [path, operations] of Object.entries(
    answer.body.paths as Record<string, Record<string, OpenApiOperation>>,
  )) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase() as DocumentedRoute['method'];
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
      const requiredFields = ref ? (schemas[ref.split('/').pop()!]?.required ?? []) : [];
      routes.push({
        key: `${upper} ${path}`,
        method: upper,
        path,
        hasBody: operation.requestBody !== undefined,
        requiredFields,
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** Fills `{taskId}` and the like; a parameter the fixtures cannot fill must come from the table row. */
export function fillPath(path: string, ids: FixtureIds, extra: Record<string, string> = {}): string {
  const known: Record<string, string> = {
    taskId: ids.taskId,
    programmeId: ids.programmeId,
    officialId: 'leader-juvenile',
    unitId: 'dept-9',
    milestoneId: ids.milestoneId,
    sha256: ids.evidenceSha256,
    ...extra,
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in known)) throw new Error(`${path}: no value for {${name}}; give it in the row's params`);
    return encodeURIComponent(known[name]);
  });
}
