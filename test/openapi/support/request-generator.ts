/**
 * Requests generated from the OpenAPI document, as schemathesis does: for an operation, values that
 * fit each parameter's and the body's schema, and variants that break exactly one stated rule (a
 * required field dropped, an unknown one added, a wrong type, a text too long or empty, a number
 * out of range, a value outside the enum, an id or a header off its pattern). Seeded: the same
 * requests on every run.
 */
import { resolveSchema, type JsonSchema } from '../../security/support/openapi-schema';
import type { SeededRandom } from '../../security/support/seeded-random';
import type { ApiDocument, Operation, Parameter } from './api-document';

type Schema = JsonSchema & {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  required?: string[];
  example?: unknown;
};

export interface GeneratedRequest {
  readonly label: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

const TEXTS = ['督办事项', '请按期办理', "O'Brien; DROP TABLE events; --", '未成年人检察 2026', '{"$gt":""}', 'a'];

export class RequestGenerator {
  constructor(
    private readonly document: ApiDocument,
    private readonly random: SeededRandom,
    /** Ids of things that exist, by path parameter name, so that valid requests get past the 404s. */
    private readonly knownIds: Record<string, string>,
  ) {}

  /** One request with every value fitting its schema, then `variants` requests each breaking one rule. */
  requestsFor(path: string, operation: Operation, variants: number): GeneratedRequest[] {
    const valid = this.validRequest(path, operation);
    const breakers = this.ruleBreakers(path, operation);
    const picked = Array.from(
      { length: Math.min(variants, breakers.length) },
      () => breakers.splice(this.random.int(breakers.length), 1)[0],
    );
    return [valid, ...picked.map((breaker) => breaker(this.validRequest(path, operation)))];
  }

  private validRequest(path: string, operation: Operation): GeneratedRequest {
    const parameters = operation.parameters ?? [];
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const parameter of parameters.filter((p) => p.in !== 'path')) {
      // Optional ones half of the time, so that combinations are tried too.
      if (!parameter.required && this.random.int(2) === 0) continue;
      const value = this.fitting(parameter.schema ?? { type: 'string' }, parameter.name);
      if (parameter.in === 'query') query.set(parameter.name, String(value));
      else headers[parameter.name.toLowerCase()] = this.headerValue(parameter, value);
    }
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    return {
      label: 'valid',
      path: this.fillPath(path, parameters),
      query,
      headers,
      ...(schema ? { body: this.fitting(schema, 'body') } : {}),
    };
  }

  /** Each function breaks one rule of a valid request. */
  private ruleBreakers(path: string, operation: Operation): ((request: GeneratedRequest) => GeneratedRequest)[] {
    const breakers: ((request: GeneratedRequest) => GeneratedRequest)[] = [];
    const parameters = operation.parameters ?? [];
    for (const parameter of parameters) {
      const wrong = this.breaking(parameter.schema ?? { type: 'string' });
      for (const [how, value] of wrong) {
        breakers.push((request) => {
          const label = `${parameter.in} ${parameter.name} ${how}`;
          if (parameter.in === 'path')
            return { ...request, label, path: this.fillPath(path, parameters, { [parameter.name]: String(value) }) };
          if (parameter.in === 'query') {
            const query = new URLSearchParams(request.query);
            query.set(parameter.name, String(value));
            return { ...request, label, query };
          }
          return { ...request, label, headers: { ...request.headers, [parameter.name.toLowerCase()]: String(value) } };
        });
      }
    }
    breakers.push((request) => {
      const query = new URLSearchParams(request.query);
      query.set('fuzzUnknown', '1');
      return { ...request, label: 'an unknown query parameter', query };
    });
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    if (schema) {
      const body = resolveSchema(schema, this.document.components.schemas) as Schema;
      breakers.push((request) => ({
        ...request,
        label: 'an unknown body field',
        body: { ...(request.body as object), fuzzUnknown: '督办' },
      }));
      breakers.push((request) => ({ ...request, label: 'a list as the body', body: [request.body] }));
      for (const name of body.required ?? []) {
        breakers.push((request) => {
          const { [name]: _, ...rest } = request.body as Record<string, unknown>;
          return { ...request, label: `body without the required ${name}`, body: rest };
        });
      }
      for (const [name, property] of Object.entries(body.properties ?? {})) {
        for (const [how, value] of this.breaking(property)) {
          breakers.push((request) => ({
            ...request,
            label: `body ${name} ${how}`,
            body: { ...(request.body as object), [name]: value },
          }));
        }
      }
    }
    return breakers;
  }

  /** A value that fits `schema`. */
  fitting(schema: Schema, name: string, depth = 0): unknown {
    const resolved = resolveSchema(schema, this.document.components.schemas) as Schema;
    if (resolved.enum) return this.random.pick(resolved.enum);
    switch (resolved.type) {
      case 'integer':
      case 'number': {
        const low = resolved.minimum ?? 0;
        const high = resolved.maximum ?? low + 100;
        return low + this.random.int(Math.min(high - low, 1000) + 1);
      }
      case 'boolean':
        return this.random.int(2) === 0;
      case 'array': {
        const count = Math.max(resolved.minItems ?? 0, Math.min(resolved.maxItems ?? 2, this.random.int(3)));
        const items = Array.from({ length: count }, () =>
          this.fitting((resolved.items ?? { type: 'string' }) as Schema, name, depth + 1),
        );
        return resolved.uniqueItems ? [...new Set(items)] : items;
      }
      case 'object':
        return this.fittingObject(resolved, depth);
      default:
        if (resolved.properties) return this.fittingObject(resolved, depth);
        return this.fittingText(resolved, name);
    }
  }

  private fittingObject(schema: Schema, depth: number): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!(schema.required ?? []).includes(name) && (depth > 1 || this.random.int(2) === 0)) continue;
      value[name] = this.fitting(property, name, depth + 1);
    }
    return value;
  }

  private fittingText(schema: Schema, name: string): string {
    if (schema.format === 'date')
      return `2026-${String(1 + this.random.int(12)).padStart(2, '0')}-${String(1 + this.random.int(28)).padStart(2, '0')}`;
    if (schema.format === 'date-time') return `2026-0${1 + this.random.int(9)}-1${this.random.int(10)}T09:30:00+08:00`;
    if (schema.pattern === '^\\d{1,20}-\\d{1,20}$') return `${this.random.int(1000)}-${this.random.int(1000)}`;
    if (schema.pattern) {
      const known = this.knownIds[name.replace(/Ids?$/, 'Id')] ?? this.knownIds[name];
      return known ?? (typeof schema.example === 'string' ? schema.example : `fz-${this.random.int(1_000_000)}`);
    }
    const text = this.random.pick(TEXTS);
    return text.slice(0, schema.maxLength ?? text.length).padEnd(schema.minLength ?? 0, '督');
  }

  /** Values that break one rule `schema` states, with how. */
  private breaking(schema: Schema): [string, unknown][] {
    const resolved = resolveSchema(schema, this.document.components.schemas) as Schema;
    const wrong: [string, unknown][] = [];
    if (resolved.enum) wrong.push(['outside the enum', 'maybe']);
    if (resolved.type === 'integer') wrong.push(['fractional', 1.5], ['as text', 'many']);
    if (resolved.minimum !== undefined) wrong.push(['below the minimum', resolved.minimum - 1]);
    if (resolved.maximum !== undefined) wrong.push(['above the maximum', resolved.maximum + 1]);
    if (resolved.type === 'string' && !resolved.enum) {
      wrong.push(['as a number', 42]);
      if (resolved.maxLength !== undefined) wrong.push(['too long', '督'.repeat(resolved.maxLength + 1)]);
      if ((resolved.minLength ?? 0) >= 1) wrong.push(['empty', '']);
      if (resolved.pattern) wrong.push(['off its pattern', 'not an id!']);
      if (resolved.format === 'date') wrong.push(['an impossible date', '2026-02-30']);
    }
    if (resolved.type === 'array') wrong.push(['not a list', 'dept-1'], ['a list of numbers', [1, 2]]);
    if (resolved.type === 'boolean') wrong.push(['as text', 'maybe']);
    return wrong;
  }

  private headerValue(parameter: Parameter, value: unknown): string {
    if (parameter.name === 'If-Match' || parameter.name === 'If-None-Match') return `"${this.random.int(6)}"`;
    if (parameter.name === 'Idempotency-Key' || parameter.name === 'X-Correlation-Id')
      return `fuzz-${this.random.int(1_000_000)}`;
    return String(value);
  }

  private fillPath(path: string, parameters: Parameter[], override: Record<string, string> = {}): string {
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name in override) return encodeURIComponent(override[name]);
      const known = this.knownIds[name];
      if (known) return encodeURIComponent(known);
      const schema = parameters.find((p) => p.in === 'path' && p.name === name)?.schema;
      return encodeURIComponent(String(schema ? this.fitting(schema, name) : name));
    });
  }
}
