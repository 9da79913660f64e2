/**
 * The free-text fields of every command body, read from the OpenAPI document, so that a text field
 * added to a command is sent payloads by the injection spec without anyone listing it.
 */
import { get } from '../../support/http-client';
import type { TestApp } from '../../support/test-app';
import { resolveSchema, type JsonSchema as Schema, type SchemaComponents } from './openapi-schema';

/** One string field of one command body: `milestones[].title` of `POST /api/tasks/{taskId}/plan`. */
export interface BodyField {
  readonly route: string;
  /** The route's path with its `{params}`. */
  readonly pathTemplate: string;
  readonly field: string;
}

/** A string field the document restricts, and how: `pattern ^[A-Za-z0-9]…$` or `format date`. */
export interface RestrictedField extends BodyField {
  readonly restriction: string;
}

export interface CommandBodyFields {
  /** Fields that take free text: each must be sent payloads. */
  readonly text: BodyField[];
  /** Fields the document gives a `pattern` or `format` (ids, dates): each must refuse a payload. */
  readonly notText: RestrictedField[];
  /** Every documented path, for finding a concrete path's route. */
  readonly templates: string[];
}

/**
 * Every string property of every request body in the document, nested ones included. A field with an
 * `enum` is left out (it admits only the listed words); one with a `pattern` or `format` is not free text,
 * and the injection spec proves the server holds it to that: should one of them take free text after all,
 * that proof fails.
 */
export async function commandBodyFields(app: TestApp): Promise<CommandBodyFields> {
  const document = (await get(app.url, '/api/docs-json')).body;
  const schemas = (document.components?.schemas ?? {}) as SchemaComponents;
  const fields: RestrictedField[] = [];
  for (const [pathTemplate, operations] of Object.entries(
    document.paths as Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
    >,
  )) {
    for (const [method, operation] of Object.entries(operations)) {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (!body) continue;
      const route = `${method.toUpperCase()} ${pathTemplate}`;
      for (const { field, restriction } of stringFields(body, schemas, ''))
        fields.push({ route, pathTemplate, field, restriction });
    }
  }
  const text = fields
    .filter((f) => !f.restriction)
    .map(({ route, pathTemplate, field }) => ({ route, pathTemplate, field }));
  return { text, notText: fields.filter((f) => f.restriction), templates: Object.keys(document.paths) };
}

/** How the document restricts a string beyond its type; '' for free text. */
function restrictionOf(schema: Schema): string {
  return [schema.format && `format ${schema.format}`, schema.pattern && `pattern ${schema.pattern}`]
    .filter(Boolean)
    .join(', ');
}

function stringFields(
  schema: Schema,
  schemas: SchemaComponents,
  prefix: string,
): { field: string; restriction: string }[] {
  const resolved = resolveSchema(schema, schemas);
  if (resolved.type === 'array' && resolved.items) return stringFields(resolved.items, schemas, `${prefix}[]`);
  if (resolved.type === 'string') return resolved.enum ? [] : [{ field: prefix, restriction: restrictionOf(resolved) }];
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) =>
    stringFields(property, schemas, prefix ? `${prefix}.${name}` : name),
  );
}

/** The field paths (`milestones[].title`) of a body whose value is one of the given texts. */
export function fieldsCarrying(body: unknown, texts: ReadonlySet<string>, prefix = ''): string[] {
  if (typeof body === 'string') return texts.has(body) ? [prefix] : [];
  if (Array.isArray(body)) return body.flatMap((item) => fieldsCarrying(item, texts, `${prefix}[]`));
  if (typeof body === 'object' && body !== null)
    return Object.entries(body).flatMap(([name, value]) =>
      fieldsCarrying(value, texts, prefix ? `${prefix}.${name}` : name),
    );
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
