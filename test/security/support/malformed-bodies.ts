/**
 * Malformed request bodies for the fuzz pass: each one is wrong in at least one way (a field of the
 * wrong type, a huge or broken string, a bad date or id, deep nesting, prototype-pollution keys,
 * invalid UTF-8, not JSON at all), so no endpoint may accept it and none may fail with a 5xx.
 */
import { SeededRandom } from './seeded-random';

export interface MalformedBody {
  readonly label: string;
  /** Bytes sent as is, with `contentType`. */
  readonly raw: Buffer;
  readonly contentType: string;
  /** Refused while the body is read (not JSON, not UTF-8, too large, another type): before any route runs. */
  readonly unreadable?: true;
}

const json = (label: string, value: unknown): MalformedBody => ({
  label,
  raw: Buffer.from(JSON.stringify(value)),
  contentType: 'application/json',
});
const text = (label: string, body: string, contentType = 'application/json'): MalformedBody => ({
  label,
  raw: Buffer.from(body),
  contentType,
});

/** Values that are wrong for every field of our commands (texts, ids, dates, numbers, enums, lists). */
const WRONG_ANYWHERE: readonly [string, unknown][] = [
  ['a boolean', true],
  ['an object', { nested: '督办' }],
  ['a fractional number', 12345.678],
  ['a huge number', 1e308],
  ['a list of objects', [{ a: 1 }]],
  ['a 20 000 character string', '督'.repeat(20_000)],
  ['a NUL character', 'before\u0000after'],
  ['a lone surrogate', 'broken \ud800 text'],
  ['prototype keys', JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')],
];
const BAD_DATES = ['2026-02-30', '2026-13-01', '26-1-1', '2026-01-01T00:00:00Z', '9999999-01-01'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const unreadable = (body: MalformedBody): MalformedBody => ({ ...body, unreadable: true });

const FIXED: readonly MalformedBody[] = [
  unreadable(text('not JSON', '{"reason": "未闭合')),
  text('a JSON string', '"督办"'),
  text('a JSON number', '42'),
  text('a JSON array', '[1, 2, 3]'),
  text('JSON null', 'null'),
  unreadable(text('plain text', 'reason=督办', 'text/plain')),
  unreadable(text('a form body', 'reason=x&rating=good', 'application/x-www-form-urlencoded')),
  json('deep nesting (2 000 levels)', JSON.parse('['.repeat(2000) + ']'.repeat(2000))),
  unreadable(text('deep nesting (60 000 levels)', '{"a":'.repeat(60_000) + '1' + '}'.repeat(60_000))),
  json('__proto__ only', JSON.parse('{"__proto__":{"role":"supervisor","isAdmin":true}}')),
  json('constructor.prototype only', { constructor: { prototype: { role: 'supervisor' } } }),
  unreadable({
    label: 'invalid UTF-8',
    raw: Buffer.concat([
      Buffer.from('{"reason":"'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]),
      Buffer.from('"}'),
    ]),
    contentType: 'application/json',
  }),
  unreadable({
    label: 'a UTF-16 body declared as JSON',
    raw: Buffer.from('{"reason":"督办"}', 'utf16le'),
    contentType: 'application/json',
  }),
  unreadable(text('a charset that does not exist', '{"reason":"x"}', 'application/json; charset=klingon')),
  unreadable(text('a body over the size limit', JSON.stringify({ reason: 'x'.repeat(300 * 1024) }))),
];

/**
 * The fixed cases, then `perRoute` random corruptions of the route's own valid body: a field given
 * a value wrong for any field, a required field set to null, a date field given an impossible
 * date, or an extra (possibly prototype-polluting) key.
 */
export function malformedBodies(
  valid: Record<string, unknown>,
  required: readonly string[],
  random: SeededRandom,
  perRoute: number,
): MalformedBody[] {
  const fields = Object.keys(valid);
  // An empty body is {} to body-parser: malformed only where fields are required.
  const bodies = [...FIXED, ...(required.length > 0 ? [text('an empty body with a JSON type', '')] : [])];
  for (let i = 0; i < perRoute; i += 1) {
    const choice = random.int(8);
    const field = fields.length > 0 ? random.pick(fields) : undefined;
    if (field !== undefined && choice < 5) {
      const [label, wrong] = random.pick(WRONG_ANYWHERE);
      bodies.push(json(`${label} as ${field}`, { ...valid, [field]: wrong }));
    } else if (field !== undefined && choice === 5 && required.includes(field)) {
      bodies.push(json(`null as the required ${field}`, { ...valid, [field]: null }));
    } else if (field !== undefined && choice === 5 && typeof valid[field] === 'string' && DATE.test(valid[field])) {
      bodies.push(json(`an impossible date as ${field}`, { ...valid, [field]: random.pick(BAD_DATES) }));
    } else {
      const key = random.pick([
        '__proto__',
        'constructor',
        'prototype',
        'status',
        'revision',
        'at',
        'actor',
        `field${random.int(100)}`,
      ]);
      const [label, wrong] = random.pick(WRONG_ANYWHERE);
      const rest = JSON.stringify(valid).slice(1, -1);
      bodies.push(
        text(
          `${label} under an extra key ${key}`,
          `{${rest}${rest ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(wrong)}}`,
        ),
      );
    }
  }
  return bodies;
}

/** For an endpoint that takes no body: a JSON body is ignored there, so only the unreadable ones are malformed. */
export function unreadableBodies(): MalformedBody[] {
  return FIXED.filter((body) => body.unreadable);
}
