/**
 * The OpenAPI document tells the truth, operation by operation, for every operation it lists (a new
 * route is checked the day it is added): a summary and a description; who may call it, equal to the
 * route-access table the security suites prove; every status its kind can answer, each with a body
 * schema (errors as RFC 9457 problem details) and the headers it carries; the headers it reads; the
 * rules its validators enforce on ids, numbers, texts and bodies; and examples the demo ledger holds.
 */
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { PARTIES, type Party } from '../../apps/api/src/auth/parties';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo-data';
import { ID_PATTERN } from '../../apps/api/src/http/validation/validators';
import { resolveSchema, type JsonSchema } from '../security/support/openapi-schema';
import { ROUTE_ACCESS } from '../security/route-access.table';
import { ACTOR_KINDS } from '../security/support/security-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  PROBLEM,
  actorsOf,
  operationsOf,
  servedDocument,
  type ApiDocument,
  type DocumentedOperation,
  type Operation,
  type ResponseObject,
} from './support/api-document';

type Schema = JsonSchema & {
  minLength?: number;
  maxLength?: number;
  example?: unknown;
  required?: string[];
  format?: string;
};

describe('the OpenAPI document, operation by operation', () => {
  let app: TestApp;
  let document: ApiDocument;
  let operations: DocumentedOperation[];
  let demoIds: Set<string>;

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemoData(app.app);
    document = await servedDocument(app);
    operations = operationsOf(document);
    demoIds = await idsInTheLog(app.app.get<EventStore>(EVENT_STORE));
  });
  afterAll(() => app.close());

  /** Runs `check` on every operation and expects no complaint; `check` answers what is missing. */
  const everyOperation = (check: (op: DocumentedOperation) => string[]) => {
    expect(operations.length).toBeGreaterThanOrEqual(50);
    expect(operations.flatMap((op) => check(op).map((complaint) => `${op.key}: ${complaint}`))).toEqual([]);
  };

  const secured = (operation: Operation) => operation['x-allowed-parties'] !== 'public';
  const isCommand = (operation: Operation) =>
    successOf(operation)?.[1].content?.['application/json']?.schema?.$ref?.endsWith('/CommandResponse') === true;

  it('gives every operation a summary and a description', () => {
    everyOperation(({ operation }) => [
      ...(operation.summary?.trim() ? [] : ['no summary']),
      ...(operation.description?.trim() ? [] : ['no description']),
    ]);
  });

  it('says who may call each operation, exactly as the route-access table the security suites prove', () => {
    everyOperation(({ key, operation }) => {
      const parties = operation['x-allowed-parties'];
      const row = ROUTE_ACCESS[key];
      if (parties === undefined) return ['no x-allowed-parties: declare the route with @ApiRoute / @CommandRoute'];
      if (!row) return ['no row in route-access.table.ts'];
      if (parties === 'public' || row.allowed === 'public')
        return parties === row.allowed
          ? []
          : [`document says ${JSON.stringify(parties)}, the table ${JSON.stringify(row.allowed)}`];
      const documented = actorsOf(parties);
      const allowed = [...row.allowed].sort();
      return JSON.stringify(documented) === JSON.stringify(allowed)
        ? []
        : [`document lets ${JSON.stringify(documented)} call it, the table ${JSON.stringify(allowed)}`];
    });
  });

  it('documents a 403 wherever some actor is refused, naming who may call it', () => {
    everyOperation(({ key, operation }) => {
      const parties = operation['x-allowed-parties'];
      if (!secured(operation) || !Array.isArray(parties)) return [];
      const everyone = actorsOf(parties)?.length === ACTOR_KINDS.length;
      const forbidden = operation.responses['403'];
      if (everyone) return forbidden && !forbidden.description ? ['a 403 without a description'] : [];
      if (!forbidden) return ['some actors are refused but no 403 is documented'];
      const missing = parties.filter((party) => !forbidden.description?.includes(PARTIES[party as Party].words));
      return missing.length > 0 ? [`403 text does not name ${missing.join(', ')} (${key})`] : [];
    });
  });

  it('documents a success answer with a body schema, and 400 and 500 on every operation; 401 and 429 on every secured one', () => {
    everyOperation(({ operation }) => {
      const complaints: string[] = [];
      const success = successOf(operation);
      if (!success) complaints.push('no 2xx answer');
      else if (!Object.values(success[1].content ?? {}).some((media) => media.schema))
        complaints.push(`${success[0]} has no body schema`);
      const required = ['400', '500', ...(secured(operation) ? ['401', '429'] : [])];
      complaints.push(...required.filter((status) => !operation.responses[status]).map((status) => `no ${status}`));
      return complaints;
    });
  });

  it('declares each answer once (a second declaration of a status is joined into its description)', () => {
    everyOperation(({ operation }) =>
      Object.entries(operation.responses).flatMap(([status, response]) => {
        const paragraphs = (response.description ?? '').split('\n\n');
        return new Set(paragraphs).size < paragraphs.length ? [`${status} is declared twice: ${paragraphs[0]}`] : [];
      }),
    );
  });

  it('gives every error answer a body: the problem details schema as application/problem+json, or a schema of its own', () => {
    everyOperation(({ operation }) =>
      Object.entries(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .flatMap(([status, response]) => {
          const problem = response.content?.[PROBLEM]?.schema?.$ref?.endsWith('/ProblemView');
          const own = Object.values(response.content ?? {}).some((media) => media.schema);
          return problem || own ? [] : [`${status} has no body schema`];
        }),
    );
  });

  it('documents the headers each answer carries: WWW-Authenticate on a 401, Retry-After on a 429 and a 503, ETag on a command’s answers and conflicts, Location on a 201 that names what it made', () => {
    everyOperation(({ operation }) => {
      const lacks = (status: string, header: string) =>
        operation.responses[status] && !operation.responses[status].headers?.[header]
          ? [`${status} does not declare ${header}`]
          : [];
      return [
        ...lacks('401', 'WWW-Authenticate'),
        ...lacks('429', 'Retry-After'),
        ...(operation.responses['503']?.content?.[PROBLEM] ? lacks('503', 'Retry-After') : []),
        ...(isCommand(operation)
          ? [...lacks(successOf(operation)![0], 'ETag'), ...lacks('409', 'ETag'), ...lacks('412', 'ETag')]
          : []),
        ...(operation.responses['201'] && /Location/.test(operation.description ?? '') ? lacks('201', 'Location') : []),
      ];
    });
  });

  it('documents on every command what a command can answer (404 aside): 409, 412, 413, 415, 422, 503, and the headers it reads', () => {
    everyOperation(({ operation }) => {
      if (!isCommand(operation)) return [];
      const headers = (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
      return [
        ...['409', '412', '413', '415', '422', '503']
          .filter((status) => !operation.responses[status])
          .map((status) => `no ${status}`),
        ...['If-Match', 'Idempotency-Key', 'X-Correlation-Id']
          .filter((name) => !headers.includes(name))
          .map((name) => `does not declare the ${name} header`),
      ];
    });
  });

  it('documents 413 and 415 on every operation that reads a body, and X-Min-Position with its 503 on every one that waits for read models', () => {
    everyOperation(({ method, operation }) => {
      const complaints: string[] = [];
      if (method === 'POST')
        complaints.push(
          ...['413', '415']
            .filter((status) => !operation.responses[status])
            .map((status) => `reads a body but documents no ${status}`),
        );
      const waits = (operation.parameters ?? []).some((p) => p.name === 'minPosition' || p.name === 'X-Min-Position');
      if (waits) {
        if (!(operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'X-Min-Position'))
          complaints.push('takes minPosition but does not declare X-Min-Position');
        if (!operation.responses['503']) complaints.push('waits for read models but documents no 503');
      }
      return complaints;
    });
  });

  it('states the rule of every path id and gives an example of it', () => {
    everyOperation(({ operation, path }) =>
      (path.match(/\{(\w+)\}/g) ?? []).flatMap((braced) => {
        const name = braced.slice(1, -1);
        const parameter = (operation.parameters ?? []).find((p) => p.in === 'path' && p.name === name);
        if (!parameter?.schema) return [`{${name}} is not documented`];
        const rule = parameter.schema.pattern ?? parameter.schema.enum;
        const example = parameter.schema.example ?? parameter.example;
        return [
          ...(rule ? [] : [`{${name}} has no pattern or enum`]),
          ...(example === undefined ? [`{${name}} has no example`] : []),
        ];
      }),
    );
  });

  it('types every query parameter and header it reads', () => {
    everyOperation(({ operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.in !== 'path')
        .flatMap((p) =>
          p.schema && (p.schema.type || p.schema.enum || p.schema.$ref) ? [] : [`${p.in} ${p.name} has no type`],
        ),
    );
  });

  it('states what the validators enforce on every request body: no unknown field, texts bounded and required ones not empty, numbers integral or said otherwise', () => {
    everyOperation(({ operation }) => {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      return schema ? bodyRules(schema, document, 'body') : [];
    });
  });

  it('gives as examples only ids the demo ledger holds', () => {
    const idExamples = collectIdExamples(document);
    expect(idExamples.length).toBeGreaterThanOrEqual(10);
    expect(
      idExamples.filter(({ example }) => !demoIds.has(example)).map(({ where, example }) => `${where}: ${example}`),
    ).toEqual([]);
  });

  it('serves Swagger UI set to keep the token across reloads of the page', async () => {
    const init = await fetch(`${app.url}/api/docs/swagger-ui-init.js`).then((r) => r.text());
    expect(init).toMatch(/"persistAuthorization":\s*true/);
  });

  it('lists every problem field the errors carry as required, so a client may rely on them', () => {
    const problem = document.components.schemas.ProblemView as Schema;
    expect(problem.required?.sort()).toEqual([
      'code',
      'detail',
      'error',
      'instance',
      'message',
      'status',
      'statusCode',
      'title',
      'type',
    ]);
  });
});

function successOf(operation: Operation): [string, ResponseObject] | undefined {
  return Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status));
}

/** The body rules, nested objects and arrays included. */
function bodyRules(schema: Schema, document: ApiDocument, path: string): string[] {
  const resolved = resolveSchema(schema, document.components.schemas) as Schema;
  if (resolved.items) return bodyRules(resolved.items, document, `${path}[]`);
  if (resolved.type !== 'object' && !hasProperties(resolved)) return [];
  const complaints =
    resolved.additionalProperties === false ? [] : [`${path} does not say additionalProperties: false`];
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const field = resolveSchema(property, document.components.schemas) as Schema;
    const where = `${path}.${name}`;
    const required = resolved.required?.includes(name) ?? false;
    if (field.type === 'string' && !field.enum && !field.format && field.maxLength === undefined)
      complaints.push(`${where} has no maxLength`);
    if (field.type === 'string' && required && !field.enum && !field.pattern && (field.minLength ?? 0) < 1)
      complaints.push(`${where} is required but may be empty (no minLength: 1)`);
    if (field.type === 'number' && !field.format)
      complaints.push(`${where} is a number: say integer, or give a format`);
    if (!field.type && !field.enum && !hasProperties(field)) complaints.push(`${where} has no type`);
    if (field.type === 'object' || field.type === 'array' || hasProperties(field))
      complaints.push(...bodyRules(property, document, where));
  }
  return complaints;
}

const hasProperties = (schema: Schema) => Object.keys(schema.properties ?? {}).length > 0;

/** Every example given to an id: parameters and schema properties whose rule is the id pattern. */
function collectIdExamples(document: ApiDocument): { where: string; example: string }[] {
  const found: { where: string; example: string }[] = [];
  const visit = (schema: Schema | undefined, where: string) => {
    if (!schema) return;
    if (schema.pattern === ID_PATTERN.source && typeof schema.example === 'string')
      found.push({ where, example: schema.example });
    for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${where}.${name}`);
    visit(schema.items, `${where}[]`);
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) visit(schema, name);
  for (const { key, operation } of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      const example = parameter.schema?.example ?? parameter.example;
      if (parameter.schema?.pattern === ID_PATTERN.source && typeof example === 'string')
        found.push({ where: `${key} ${parameter.in} ${parameter.name}`, example });
    }
  }
  return found;
}

/** Every id the seeded demo wrote into its events (fields named …Id or …Ids), read back from the log. */
async function idsInTheLog(store: EventStore): Promise<Set<string>> {
  const ids = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && /Ids?$/.test(key)) ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => collect(item, key));
    else if (typeof value === 'object' && value !== null)
      Object.entries(value).forEach(([name, inner]) => collect(inner, name));
  };
  for await (const batch of store.readAll({ batchSize: 1000 })) for (const event of batch) collect(event.data);
  return ids;
}
