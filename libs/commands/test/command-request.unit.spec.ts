/** Which command ids the command path may take as new (and so skip reading the stream for). */
import type { Actor } from '@app/supervision';
import { envelopeFor, identified } from '../src/command-request';

const supervisor: Actor = { userId: 'sup-1', role: 'supervisor' };
const urge = { type: 'IssueUrgeNotice', data: { reason: '请加快进度' } };
const now = new Date('2026-03-02T08:00:00Z');

describe('a command id as new', () => {
  it('is new when drawn at random for a request without an Idempotency-Key', () => {
    expect(envelopeFor(urge, identified({ actor: supervisor }), now).newCommandId).toBe(true);
  });

  it('is not new when it comes from a key: a retry brings it again', () => {
    expect(envelopeFor(urge, identified({ actor: supervisor, idempotencyKey: 'k-1' }), now).newCommandId).toBe(false);
  });

  it('is not new when a caller gives its own id to a request that had drawn one (the deadline watcher, an importer)', () => {
    const request = { ...identified({ actor: supervisor }), commandId: 'deadline-watcher-missed-t-1' };
    expect(envelopeFor(urge, request, now).newCommandId).toBe(false);
  });
});
