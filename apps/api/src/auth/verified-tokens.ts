/**
 * Tokens verified a moment ago, with the actor each names: a client sends the same bearer token with
 * every request, and checking its signature and claims again each time cost more than the rest of
 * the guards together. A token is kept only until its expiry, and never longer than `keepMs` (a minute
 * by default, well inside the ten minutes the identity provider's keys are cached for), so a key or an
 * account taken away is honoured as promptly as before; a bounded number are kept, the oldest go first.
 */
import type { Actor } from '@app/supervision';

export interface VerifiedTokensOptions {
  readonly keepMs?: number;
  readonly limit?: number;
  readonly now?: () => number;
}

export class VerifiedTokens {
  private readonly kept = new Map<string, { readonly actor: Actor; readonly until: number }>();
  private readonly keepMs: number;
  private readonly limit: number;
  private readonly now: () => number;

  constructor(options: VerifiedTokensOptions = {}) {
    this.keepMs = options.keepMs ?? 60_000;
    this.limit = options.limit ?? 1_000;
    this.now = options.now ?? Date.now;
  }

  /** The actor of a token verified earlier and still good, if any. */
  actorOf(token: string): Actor | undefined {
    const entry = this.kept.get(token);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.actor;
    this.kept.delete(token);
    return undefined;
  }

  /** `expiresAt`: the token's `exp`, in seconds since the epoch, as in the token. */
  remember(token: string, actor: Actor, expiresAt: number): void {
    const now = this.now();
    const until = Math.min(expiresAt * 1000, now + this.keepMs);
    if (until <= now) return;
    this.kept.delete(token);
    // Shared by every request that brings the token: frozen, so none can change another's actor.
    this.kept.set(token, { actor: Object.freeze({ ...actor }), until });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value as string);
  }
}
