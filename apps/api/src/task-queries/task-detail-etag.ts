/**
 * The detail's ETag: the stream revision and a digest of the commands the caller may send, because
 * those can change without a new revision (another caller, a deadline passed: the domain decides
 * them for the reader at this moment). With the revision alone, a 304 would keep showing actions the
 * API no longer allows. `"3.9f86d081"`: If-Match takes it as the revision 3 (command-meta.decorator.ts).
 */
import { createHash } from 'node:crypto';

export function taskDetailEtag(revision: number, allowedCommands: readonly string[]): string {
  const digest = createHash('sha256').update(allowedCommands.join(',')).digest('hex').slice(0, 8);
  return `"${revision}.${digest}"`;
}
