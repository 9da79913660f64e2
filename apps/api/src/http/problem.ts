/**
 * The one error body every endpoint answers with: RFC 9457 problem details (`type`, `title`,
 * `status`, `detail`, `instance`, served as application/problem+json) beside the fields clients of
 * this API have read since the start (`statusCode`, `error`, `code`, `message`, `details`), which
 * stay so that no existing client breaks: `status` = `statusCode`, `detail` = `message`.
 */
import { HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** What the errors filter decides; the RFC 9457 members are added by toProblemBody. */
export interface Problem {
  readonly statusCode: HttpStatus;
  readonly error: string;
  /** Stable machine-readable code, e.g. TASK_NOT_FOUND, VALIDATION_FAILED, STALE_REVISION. */
  readonly code: string;
  readonly message: string;
  /** For every 409 and 412 also `currentRevision`: the revision of the stream the command was decided on (and the ETag). */
  readonly details?: Record<string, unknown>;
}

export class ProblemView {
  @ApiProperty({
    description: 'RFC 9457 problem type: a URI reference naming the code; it resolves to this API document',
    example: '/api/docs#problem-STALE_REVISION',
  })
  type: string;
  @ApiProperty({
    description: 'RFC 9457 title: the status phrase, the same for every problem of that status',
    example: 'Precondition Failed',
  })
  title: string;
  @ApiProperty({ type: 'integer', description: 'RFC 9457 status: the HTTP status code', example: 412 })
  status: number;
  @ApiProperty({
    description: 'RFC 9457 detail: what went wrong with this request, in words (= message)',
    example: 'the task changed since revision 3; its current revision is 5',
  })
  detail: string;
  @ApiProperty({
    description: 'RFC 9457 instance: the path of the request that was refused',
    example: '/api/tasks/spp-2022-2022-01/urge',
  })
  instance: string;
  @ApiProperty({
    description:
      'stable machine-readable code, e.g. TASK_NOT_FOUND, VALIDATION_FAILED, STALE_REVISION, ROLE_NOT_ALLOWED',
    example: 'STALE_REVISION',
  })
  code: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'machine-readable particulars: `fields` (each refused field and why) for a 400, `currentRevision` for every 409 and 412, `allowedRoles` for a refused role, `budget` for a 429',
    example: { expectedRevision: 3, currentRevision: 5 },
  })
  details?: Record<string, unknown>;
  @ApiProperty({
    type: 'integer',
    description: 'the HTTP status code again (kept for existing clients; = status)',
    example: 412,
  })
  statusCode: number;
  @ApiProperty({ description: 'the status name (kept for existing clients)', example: 'PRECONDITION_FAILED' })
  error: string;
  @ApiProperty({
    description: 'the detail again (kept for existing clients; = detail)',
    example: 'the task changed since revision 3; its current revision is 5',
  })
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return (
    TITLES[status] ??
    String(HttpStatus[status] ?? 'Error')
      .toLowerCase()
      .replace(/(^|_)(\w)/g, (_, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase())
  );
}

export function toProblemBody(problem: Problem, instance: string): ProblemView {
  return {
    type: `/api/docs#problem-${problem.code}`,
    title: titleOf(problem.statusCode),
    status: problem.statusCode,
    detail: problem.message,
    instance,
    code: problem.code,
    ...(problem.details ? { details: problem.details } : {}),
    statusCode: problem.statusCode,
    error: problem.error,
    message: problem.message,
  };
}
