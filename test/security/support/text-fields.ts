/**
 * The free-text fields of every command body, read from the OpenAPI document, so that a text field
 * added to a command is sent payloads by the injection spec without anyone listing it.
 */
import { get } from '../../support/http-client';
import type { TestApp } from '../../support/test-app';

/** One string field of one command body: `milestones[].title` of `POST /api/tasks/{taskId}/plan`. */
export interface BodyField {
  readonly route: string;
  /** The route's path with its `{params}`. */
  readonly pathTemplate: string;
  readonly field: string;
}

/**
 * String fields that cannot hold free text, and why. The document does not say so (it shows them as
 * plain `type: string`), so they are named here, and the injection spec proves each one refuses a payload:
 * should one of them become free text, that proof fails and the field has to be sent payloads instead.
 */
export const NOT_FREE_TEXT: Readonly<Record<string, string>> = {
  taskId: 'an id: 1-80 letters, digits, _ . : or - (ID_PATTERN)',
  programmeId: 'an id (ID_PATTERN)',
  unitId: 'an id (ID_PATTERN)',
  officialId: 'an id (ID_PATTERN)',
  leadUnitId: 'an id (ID_PATTERN)',
  leadLeaderId: 'an id (ID_PATTERN)',
  'coUnitIds[]': 'ids (ID_PATTERN, each)',
  fromUnitId: 'an id (ID_PATTERN)',
  answersUrgeId: 'an id (ID_PATTERN)',
  deadline: 'a calendar date YYYY-MM-DD',
  issuedOn: 'a calendar date YYYY-MM-DD',
  replyDueOn: 'a calendar date YYYY-MM-DD',
  requestedDeadline: 'a calendar date YYYY-MM-DD',
  'milestones[].dueOn': 'a calendar date YYYY-MM-DD',
};

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}

export interface CommandBodyFields {
  /** Fields that take free text: each must be sent payloads. */
  readonly text: BodyField[];
  /** Fields named in NOT_FREE_TEXT: each must refuse a payload. */
  readonly notText: BodyField[];
  /** Every documented path, for finding a concrete path's route. */
  readonly templates: string[];
}

/**
 * Every string property of every request body in the document, nested ones included. A field with an
 * `enum` is left out by its schema (it admits only the listed words); the rest are free text unless
 * NOT_FREE_TEXT names them.
 */
export async function commandBodyFields(app: TestApp): Promise<CommandBodyFields> {
  const document = (await get(app.url, '/api/docs-json')).body;
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const fields: BodyField[] = [];
  for (const [pathTemplate, operations] of Object.entries(document.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (!body) continue;
      const route = `${method.toUpperCase()} ${pathTemplate}`;
      for (const field of stringFields(body, schemas, '')) fields.push({ route, pathTemplate, field });
    }
  }
  return { text: fields.filter((f) => !(f.field in NOT_FREE_TEXT)), notText: fields.filter((f) => f.field in NOT_FREE_TEXT), templates: Object.keys(document.paths) };
}

function stringFields(schema: Schema, schemas: Record<string, Schema>, prefix: string): string[] {
  if (schema.$ref) return stringFields(schemas[schema.$ref.split('/').pop()!] ?? {}, schemas, prefix);
  const fromAllOf = (schema.allOf ?? []).flatMap((part) => stringFields(part, schemas, prefix));
  if (schema.type === 'array' && schema.items) return [...fromAllOf, ...stringFields(schema.items, schemas, `${prefix}[]`)];
  if (schema.type === 'string') return schema.enum ? [] : [prefix];
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => stringFields(property, schemas, prefix ? `${prefix}.${name}` : name));
  return [...fromAllOf, ...own];
}

/** The field paths (`milestones[].title`) of a body whose value is one of the given texts. */
export function fieldsCarrying(body: unknown, texts: ReadonlySet<string>, prefix = ''): string[] {
  if (typeof body === 'string') return texts.has(body) ? [prefix] : [];
  if (Array.isArray(body)) return body.flatMap((item) => fieldsCarrying(item, texts, `${prefix}[]`));
  if (typeof body === 'object' && body !== null) return Object.entries(body).flatMap(([name, value]) => fieldsCarrying(value, texts, prefix ? `${prefix}.${name}` : name));
  return [];
}

/** A body holding only `value` at a field path: `milestones[].dueOn` → `{ milestones: [{ dueOn: value }] }`. */
export function bodyWith(field: string, value: string): Record<string, unknown> {
  const [head, ...rest] = field.split('.');
  const inner: unknown = rest.length > 0 ? bodyWith(rest.join('.'), value) : value;
  return head.endsWith('[]') ? { [head.slice(0, -2)]: [inner] } : { [head]: inner };
}

/** The route template a concrete path belongs to: `/api/tasks/t-1/plan` → `/api/tasks/{taskId}/plan`. */
export function templateOf(path: string, templates: readonly string[]): string | undefined {
  return templates.find((template) => new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(path));
}
