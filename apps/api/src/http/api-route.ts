/**
 * One decorator per route that says, together, who may call it (the roles guard), what it reads and
 * writes (headers) and every status it can answer with its body, so the OpenAPI document is written
 * from the same declaration the guards run on and cannot drift from them:
 *
 *   @Get(':taskId')
 *   @ApiRoute({ summary, description, parties: ANY_ROLE, ok: { type: TaskDetailView, description }, answers: { 404: 'no such task' } })
 *
 * Every route answers 400 (a malformed parameter, query or body, named) and 500 (logged); every
 * route with a token 401 (with WWW-Authenticate) and 429 (with Retry-After); a route some roles may
 * not call 403, its text made from the parties. @CommandRoute adds what every command reads and
 * answers (If-Match, Idempotency-Key, X-Correlation-Id; ETag; 409, 412, 413, 415, 422, 503). A
 * route that reads read models names them (`readModels`): the read-your-writes wait, X-Min-Position
 * and its 503. test/openapi/document.e2e-spec.ts fails for an operation that lacks any of it.
 */
import { SetMetadata, UseGuards, UseInterceptors, applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ROLES } from '@app/supervision';
import { describeParties, mayBeRefused, rolesOf, type Party } from '../auth/parties';
import { ROLES_ALLOWED_KEY, RolesGuard } from '../auth/roles.guard';
import { READ_MODELS_READ, ReadYourWritesInterceptor } from '../read-side/read-your-writes.interceptor';
import { WritesCommandAnswerHeaders } from './command-answer-headers';
import { CommandResponse } from './command-response';
import { PROBLEM_MEDIA_TYPE, ProblemView } from './problem';

interface HeaderObject {
  readonly description: string;
  readonly schema: { readonly type: 'string' | 'integer'; readonly example?: string };
}
type SchemaObject =
  { readonly type: string; readonly description?: string; readonly format?: string } | { readonly $ref: string };

export type Headers = Record<string, HeaderObject>;

export interface SuccessAnswer {
  /** 200 unless given; a POST that creates a resource answers 201 with its Location, one that starts work 202. */
  readonly status?: 200 | 201 | 202;
  readonly description: string;
  /** The body's DTO (`[Dto]` for a list); or `content` for an answer that is not JSON. */
  readonly type?: Type<unknown> | [Type<unknown>];
  readonly content?: Record<string, { schema: SchemaObject }>;
  readonly headers?: Headers;
  /** An answer as the demo ledger gives it. */
  readonly example?: unknown;
}

export interface RouteSpec {
  readonly summary: string;
  readonly description: string;
  /** Who may call it ('public': no token needed). The guard lets their roles through; the domain decides whose task. */
  readonly parties: readonly Party[] | 'public';
  readonly ok: SuccessAnswer;
  /** Statuses beyond those of its kind, each with when it is answered. */
  readonly answers?: Partial<Record<304 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 503, string>>;
  /** Example bodies of error answers, e.g. a 404 as the demo gives it. */
  readonly answerExamples?: Partial<Record<number, unknown>>;
  /** An answer whose body is not the problem details (e.g. the health report's 503). */
  readonly answerTypes?: Partial<Record<number, Type<unknown>>>;
  /** Extra headers on some answers (e.g. a 304). */
  readonly answerHeaders?: Partial<Record<number, Headers>>;
  /** The read models it reads: the answer waits (X-Min-Position) until they reflect a command's position. */
  readonly readModels?: readonly string[];
  /** A POST: the body is read (413, 415). */
  readonly takesBody?: boolean;
}

const integer = (description: string): HeaderObject => ({ description, schema: { type: 'integer' } });
const text = (description: string, example?: string): HeaderObject => ({
  description,
  schema: { type: 'string', ...(example ? { example } : {}) },
});

const ETAG = { ETag: text('the stream revision the answer reflects, quoted; send it back as If-Match', '"3"') };
const RETRY_AFTER = { 'Retry-After': integer('seconds to wait before trying again') };

function problem(status: number, description: string, headers?: Headers, type?: Type<unknown>, example?: unknown) {
  if (type) return ApiResponse({ status, description, type, ...(headers ? { headers } : {}) });
  const media = { schema: { $ref: getSchemaPath(ProblemView) }, ...(example !== undefined ? { example } : {}) };
  return ApiResponse({
    status,
    description,
    content: { [PROBLEM_MEDIA_TYPE]: media },
    ...(headers ? { headers } : {}),
  });
}

function success(answer: SuccessAnswer, extraHeaders: Headers = {}) {
  const headers = { ...extraHeaders, ...answer.headers };
  const withHeaders = Object.keys(headers).length > 0 ? { headers } : {};
  if (answer.content)
    return ApiResponse({
      status: answer.status ?? 200,
      description: answer.description,
      content: answer.content,
      ...withHeaders,
    });
  return ApiResponse({
    status: answer.status ?? 200,
    description: answer.description,
    type: answer.type,
    ...withHeaders,
    ...(answer.example !== undefined ? { example: answer.example } : {}),
  });
}

/** Parties that are a part in a task rather than a whole role: the domain (or the read scope) decides who they are. */
const SCOPED: readonly Party[] = ['leadUnit', 'coUnit', 'taskLeader'];

function forbidden(parties: readonly Party[], more: string | undefined): string {
  const scoped = parties.some((party) => SCOPED.includes(party));
  const everyRole = rolesOf(parties).length === ROLES.length;
  const byRole = everyRole
    ? ''
    : `another role is refused before the body is read (ROLE_NOT_ALLOWED, details.allowedRoles)`;
  const byScope = scoped
    ? `${byRole ? '; ' : ''}a unit or leader with no such part in the task by the rule that decides it (e.g. LEAD_UNIT_ONLY, CO_UNIT_ONLY, TASK_LEADER_ONLY, TASK_NOT_OF_YOUR_UNIT)`
    : '';
  const refused = mayBeRefused(parties) ? `only ${describeParties(parties)} may call this: ${byRole}${byScope}` : '';
  return [refused, more].filter(Boolean).join('; ');
}

export function ApiRoute(spec: RouteSpec, successHeaders: Headers = {}) {
  const secured = spec.parties !== 'public';
  const parties = spec.parties === 'public' ? [] : spec.parties;
  return applyDecorators(
    ApiOperation({ summary: spec.summary, description: spec.description }),
    ApiExtraModels(ProblemView, CommandResponse),
    ApiExtension('x-allowed-parties', spec.parties === 'public' ? 'public' : [...spec.parties]),
    // A route every role may call needs no guard; the read scope (TaskReadScopeGuard) is global.
    ...(secured && mayBeRefused(parties)
      ? [SetMetadata(ROLES_ALLOWED_KEY, rolesOf(parties)), UseGuards(RolesGuard)]
      : []),
    ...(secured ? [ApiBearerAuth()] : []),
    ...(spec.readModels ? waitingFor(spec.readModels) : []),
    success(spec.ok, successHeaders),
    ...Object.entries(spec.answers ?? {})
      .filter(([status]) => Number(status) < 400)
      .map(([status, description]) =>
        ApiResponse({
          status: Number(status),
          description: description,
          ...(spec.answerHeaders?.[Number(status)] ? { headers: spec.answerHeaders[Number(status)] } : {}),
        }),
      ),
    ...errorAnswers(spec, secured, parties),
  );
}

/** The read-your-writes wait: the interceptor, and the header and query parameter that ask for it. */
function waitingFor(readModels: readonly string[]) {
  const position = { type: 'string', pattern: '^\\d{1,20}-\\d{1,20}$', example: '812-45' } as const;
  return [
    SetMetadata(READ_MODELS_READ, readModels),
    UseInterceptors(ReadYourWritesInterceptor),
    ApiHeader({
      name: 'X-Min-Position',
      required: false,
      description: 'a position a command answered with: wait (up to 5 s) until the read models reflect it',
      schema: position,
    }),
    ApiQuery({ name: 'minPosition', required: false, schema: position, description: 'same as X-Min-Position' }),
  ];
}

/** Every error status the route can answer, each with its problem body (or a body of its own) and headers. */
function errorAnswers(spec: RouteSpec, secured: boolean, parties: readonly Party[]) {
  const refusable = secured && (mayBeRefused(parties) || spec.answers?.[403] !== undefined);
  const own = Object.entries(spec.answers ?? {}).filter(
    ([status]) => Number(status) >= 400 && status !== '403' && status !== '503',
  );
  const behind = spec.readModels
    ? 'X-Min-Position not reached within 5 s (READ_MODEL_BEHIND): retry after Retry-After'
    : undefined;
  const unavailable = [spec.answers?.[503], behind].filter(Boolean).join('; ');
  const answer = (status: number, description: string, headers?: Headers) =>
    problem(status, description, headers, spec.answerTypes?.[status], spec.answerExamples?.[status]);
  return [
    answer(
      400,
      'a malformed path parameter, query parameter, header or body, or an unknown field: `code` says which check (e.g. BAD_ID, VALIDATION_FAILED with details.fields naming each field)',
    ),
    ...(secured
      ? [
          answer(401, 'no bearer token (TOKEN_MISSING), or one that is not valid (TOKEN_INVALID)', {
            'WWW-Authenticate': text('Bearer, with error="invalid_token" for a bad token (RFC 6750)'),
          }),
        ]
      : []),
    ...(refusable ? [answer(403, forbidden(parties, spec.answers?.[403]))] : []),
    ...own.map(([status, description]) => answer(Number(status), description, spec.answerHeaders?.[Number(status)])),
    ...(spec.takesBody
      ? [
          answer(413, 'the body is larger than 256 kB (BODY_TOO_LARGE)'),
          answer(415, 'the body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE)'),
        ]
      : []),
    ...(secured
      ? [
          answer(
            429,
            'over the request budget of this user (RATE_LIMITED; RATE_LIMIT_PER_MINUTE, and RATE_LIMIT_HEAVY_PER_MINUTE for operations that replay or rebuild from the whole log)',
            RETRY_AFTER,
          ),
        ]
      : []),
    answer(500, 'an unexpected error; the body says only that it was logged (INTERNAL)'),
    // A body of its own (the health report) is not a retry advice: no Retry-After there.
    ...(unavailable ? [answer(503, unavailable, spec.answerTypes?.[503] ? undefined : RETRY_AFTER)] : []),
  ];
}

export interface CommandRouteSpec extends Omit<RouteSpec, 'ok' | 'takesBody' | 'parties'> {
  readonly parties: readonly Party[];
  /** 201 for a command that creates what it names; 200 otherwise. */
  readonly creates?: string;
  /** Where what it creates is read, e.g. /api/tasks/{taskId}: answered as Location, with the answer's id in the placeholder. */
  readonly locatedAt?: string;
  /** When the command answers 404 (its task, programme or official unknown). */
  readonly notFound?: string;
  /** The state conflicts that answer 409, in words. */
  readonly conflicts?: string;
  /** The business rules that answer 422, in words. */
  readonly rules?: string;
}

/** A command: appends events to one stream, answers its CommandResponse (WritesCommandAnswerHeaders writes its headers). */
export function CommandRoute(spec: CommandRouteSpec) {
  const { creates, locatedAt, notFound, conflicts, rules, ...route } = spec;
  const revisionHeaders = { answerHeaders: { 409: ETAG, 412: ETAG } };
  return applyDecorators(
    // First: the decorators below then describe the method that writes the headers.
    WritesCommandAnswerHeaders(locatedAt),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'the revision (ETag) the client decided on: a stale one is a 412 with the current revision',
      schema: { type: 'string', example: '"3"' },
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'makes a retry safe: the same key (per user) answers the first result and appends nothing; 1 to 200 visible ASCII characters',
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$', example: 'a1b2c3d4' },
    }),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description:
        'kept in the events’ metadata to link them to the client’s own request; 1 to 200 visible ASCII characters',
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$', example: 'req-20260302-0001' },
    }),
    ApiRoute(
      {
        ...route,
        ...revisionHeaders,
        takesBody: true,
        ok: creates
          ? {
              status: 201,
              type: CommandResponse,
              description: `${creates} registered`,
              ...(locatedAt ? { headers: { Location: text(`where it is read: ${locatedAt}`) } } : {}),
            }
          : {
              status: 200,
              type: CommandResponse,
              description: 'the command was applied (or, for a retried Idempotency-Key, had been: replayed is true)',
            },
        answers: {
          ...route.answers,
          ...(notFound ? { 404: notFound } : {}),
          409: `a state conflict (the code names it${conflicts ? `: ${conflicts}` : ''}), or another writer won the race; details.currentRevision and the ETag give the revision decided on`,
          412: 'If-Match named a revision that is not the current one (STALE_REVISION): details.currentRevision and the ETag give the current one',
          422: `a business rule refused it${rules ? ` (${rules})` : ''}, or the Idempotency-Key was used for another command here (IDEMPOTENCY_KEY_REUSED)`,
          503: 'the event store cannot be reached (EVENT_STORE_UNAVAILABLE): retry after Retry-After',
        },
      },
      {
        ...ETAG,
        'Idempotent-Replayed': text(
          'true when this Idempotency-Key had been handled: the first result is answered, nothing appended',
        ),
      },
    ),
  );
}
