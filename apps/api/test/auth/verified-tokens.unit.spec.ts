/** A token verified once answers its actor again without a second verification, only while it is good. */
import type { Actor } from '@app/supervision';
import { VerifiedTokens } from '../../src/auth/verified-tokens';

const supervisor: Actor = { userId: 'sup-1', role: 'supervisor' };

describe('tokens verified a moment ago', () => {
  let now = 1_000_000;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('answer the actor of a token verified earlier', () => {
    const tokens = new VerifiedTokens({ now: clock });
    tokens.remember('t1', supervisor, now / 1000 + 3600);
    expect(tokens.actorOf('t1')).toEqual(supervisor);
    expect(tokens.actorOf('t2')).toBeUndefined();
  });

  it('forget a token at its expiry, though the keeping time is not over', () => {
    const tokens = new VerifiedTokens({ now: clock, keepMs: 60_000 });
    tokens.remember('t1', supervisor, now / 1000 + 5);
    now += 4_999;
    expect(tokens.actorOf('t1')).toEqual(supervisor);
    now += 1;
    expect(tokens.actorOf('t1')).toBeUndefined();
  });

  it('forget a token after the keeping time, though it has not expired: it is verified again then', () => {
    const tokens = new VerifiedTokens({ now: clock, keepMs: 60_000 });
    tokens.remember('t1', supervisor, now / 1000 + 3600);
    now += 60_000;
    expect(tokens.actorOf('t1')).toBeUndefined();
  });

  it('keep no token that has expired already, and no more tokens than the limit', () => {
    const tokens = new VerifiedTokens({ now: clock, limit: 2 });
    tokens.remember('old', supervisor, now / 1000 - 1);
    expect(tokens.actorOf('old')).toBeUndefined();
    for (const token of ['a', 'b', 'c']) tokens.remember(token, supervisor, now / 1000 + 3600);
    expect(['a', 'b', 'c'].map((token) => tokens.actorOf(token) !== undefined)).toEqual([false, true, true]);
  });

  it('give every request the same actor, which none can change', () => {
    const tokens = new VerifiedTokens({ now: clock });
    tokens.remember('t1', { ...supervisor }, now / 1000 + 3600);
    const actor = tokens.actorOf('t1') as { userId: string };
    expect(() => {
      actor.userId = 'someone-else';
    }).toThrow(TypeError);
  });
});
