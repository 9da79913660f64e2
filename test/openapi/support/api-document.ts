/** The served OpenAPI document as the document suites read it: its operations, their parties, and schema validation. */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { get } from '../../support/http-client';
import type { TestApp } from '../../support/test-app';
import type { ActorKind } from '../../security/support/security-fixtures';
import type { JsonSchema } from '../../security/support/openapi-schema';

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly description?: string;
  readonly example?: unknown;
  readonly schema?: JsonSchema & { minimum?: number; maximum?: number; example?: unknown; default?: unknown };
}

export interface ResponseObject {
  readonly description?: string;
  readonly headers?: Record<string, { description?: string; schema?: JsonSchema }>;
  readonly content?: Record<string, { schema?: JsonSchema }>;
}

export interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly parameters?: Parameter[];
  readonly requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  readonly responses: Record<string, ResponseObject>;
  readonly security?: unknown[];
  readonly 'x-allowed-parties'?: string[] | 'public';
}

export interface ApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { schemas: Record<string, JsonSchema> };
}

export interface DocumentedOperation {
  /** `POST /api/tasks/{taskId}/acknowledge`, as the route-access table names it. */
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly operation: Operation;
}

export async function servedDocument(app: TestApp): Promise<ApiDocument> {
  const answer = await get(app.url, '/api/docs-json');
  if (answer.status !== 200) throw new Error(`no OpenAPI document: ${answer.status}`);
  return answer.body as ApiDocument;
}

export function operationsOf(document: ApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          operation,
        })),
    )
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The document's parties (apps/api/src/auth/parties.ts) as the security fixtures' actors. */
const ACTORS_OF_PARTY: Record<string, readonly ActorKind[]> = {
  supervisor: ['supervisor'],
  leadUnit: ['leadUnit'],
  coUnit: ['coUnit'],
  taskLeader: ['taskLeader'],
  anyUnit: ['leadUnit', 'coUnit', 'otherUnit'],
  anyLeader: ['taskLeader', 'otherLeader'],
  auditor: ['auditor'],
  reader: ['reader'],
  admin: ['admin'],
};

export function actorsOf(parties: readonly string[]): ActorKind[] | undefined {
  if (parties.some((party) => !(party in ACTORS_OF_PARTY))) return undefined;
  return [...new Set(parties.flatMap((party) => ACTORS_OF_PARTY[party]))].sort();
}

export const PROBLEM = 'application/problem+json';

/** Validates answers against the document's schemas (OpenAPI 3.0: `nullable`, `example` and the like are allowed). */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<JsonSchema, ValidateFunction>();

  constructor(private readonly document: ApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ components: rebase(document.components) }, 'openapi');
  }

  /** undefined when `value` fits `schema`; otherwise what is wrong. */
  problem(value: unknown, schema: JsonSchema): string | undefined {
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.cache.set(schema, validate);
    }
    if (validate(value)) return undefined;
    const error = validate.errors?.[0];
    return `${error?.instancePath || '(body)'} ${error?.message ?? 'does not fit'}`;
  }
}

/**
 * `#/components/schemas/X` refs, pointed at the components the validator registered; and a nullable
 * reference, which @nestjs/swagger writes `{ nullable: true, allOf: [{ $ref }] }` (OpenAPI 3.0 has no
 * null type), read as it is meant: null, or the referenced schema.
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, allOf, ...rest } = schema as { nullable?: boolean; allOf?: unknown[] };
  if (nullable === true && allOf)
    return { anyOf: [{ type: 'null' }, { ...(rebase(rest) as object), allOf: rebase(allOf) }] };
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `openapi${value}` : rebase(value),
    ]),
  );
}
