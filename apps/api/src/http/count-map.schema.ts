/** The OpenAPI schema of a count map (tasks by status, by light): one integer per key it may hold, and no other key. */
import type { ApiPropertyOptions } from '@nestjs/swagger';

/** `everyKey`: the map lists every key (zeros included); otherwise only the keys that were counted. */
export function countMapSchema(keys: readonly string[], description: string, everyKey: boolean): ApiPropertyOptions {
  return {
    type: 'object',
    description,
    properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer', minimum: 0 }])),
    additionalProperties: false,
    // A `required` list here would otherwise stand for the map's own place in its parent's required list.
    ...(everyKey ? { required: [...keys], selfRequired: true } : {}),
  };
}
