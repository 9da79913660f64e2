/** Reading schemas out of the API's own OpenAPI document (/api/docs-json), for the suites that hold the API to it. */

export interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

export type SchemaComponents = Record<string, JsonSchema>;

/** One schema with its $ref followed and its allOf / oneOf / anyOf parts (how a nullable or extended DTO is written) merged in. */
export function resolveSchema(schema: JsonSchema, schemas: SchemaComponents): JsonSchema {
  const own = schema.$ref ? (schemas[schema.$ref.split('/').pop()!] ?? {}) : schema;
  const parts = [...(own.allOf ?? []), ...(own.oneOf ?? []), ...(own.anyOf ?? [])]
    .map((part) => resolveSchema(part, schemas))
    .filter((part) => part.type !== 'null');
  return parts.reduce<JsonSchema>(
    (merged, part) => ({ ...part, ...merged, properties: { ...part.properties, ...merged.properties } }),
    { ...own, properties: own.properties ?? {} },
  );
}
