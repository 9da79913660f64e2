/** What a command says, its name and canonical (RFC 8785) body, as one hash: a retry under the same Idempotency-Key must say the same. */
import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';

export function commandFingerprint(command: { readonly type: string; readonly data: unknown }): string {
  return createHash('sha256')
    .update(canonicalize({ type: command.type, data: command.data }), 'utf8')
    .digest('hex');
}
