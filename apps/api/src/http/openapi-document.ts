/**
 * The served OpenAPI document: built from the routes' decorators, then told what the global
 * validation pipe enforces on every body (forbidNonWhitelisted): no field beyond those declared,
 * so each request-body schema, nested ones included, says `additionalProperties: false`.
 */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  additionalProperties?: unknown;
  type?: string;
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Supervision ledger (重点任务督办)')
      .setDescription(
        [
          'Commands change tasks by appending events; every command answers the stream revision (ETag: send it back as If-Match, a stale one is a 412) and the global position reached (send it as X-Min-Position to read your write). Send Idempotency-Key to make a retry safe.',
          'Every error is RFC 9457 problem details (application/problem+json): type, title, status, detail, instance, and the stable `code` with machine-readable `details`; `statusCode`, `error` and `message` repeat status, the status name and detail for clients written before. A 401 carries WWW-Authenticate: Bearer, a 409 or 412 the ETag of the revision decided on, a 429 or 503 Retry-After.',
          'Get a token for a demo user with `npm run token -- supervisor` (or leader, unit, auditor, reader, admin), then Authorize.',
        ].join('\n\n'),
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  closeRequestBodies(document);
  return document;
}

function closeRequestBodies(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const closed = new Set<string>();
  const close = (schema: Schema | undefined): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      if (closed.has(name)) return;
      closed.add(name);
      close(schemas[name]);
      return;
    }
    if (schema.properties) {
      schema.additionalProperties = false;
      Object.values(schema.properties).forEach(close);
    } else if (schema.type === 'object' && schema.additionalProperties === undefined) {
      schema.additionalProperties = false;
    }
    close(schema.items);
    schema.allOf?.forEach(close);
  };
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as {
      requestBody?: { content?: Record<string, { schema?: Schema }> };
    }[]) {
      for (const media of Object.values(operation?.requestBody?.content ?? {})) close(media.schema);
    }
  }
}
