/**
 * Name-based (version 5, RFC 9562) UUIDs, as `uuid`'s v5 writes them, for the ids the command path derives
 * (each event's id, what a command creates). `uuid` parses the namespace and builds a hash object at every
 * call, several microseconds each, twice or more per command; here the namespace is parsed once and the
 * SHA-1 is node's one-shot hash.
 */
import { hash } from 'node:crypto';

/** The ids of one namespace: `idOf(name)` is `v5(name, namespace)`. */
export function nameBasedIds(namespace: string): (name: string) => string {
  const prefix = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (prefix.length !== 16 || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(namespace))
    throw new TypeError(`not a UUID: ${namespace}`);
  return (name) => {
    const bytes = Buffer.allocUnsafe(16 + Buffer.byteLength(name, 'utf8'));
    prefix.copy(bytes, 0);
    bytes.write(name, 16, 'utf8');
    const digest = hash('sha1', bytes, 'buffer');
    digest[6] = (digest[6] & 0x0f) | 0x50;
    digest[8] = (digest[8] & 0x3f) | 0x80;
    const hex = digest.toString('hex', 0, 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
