/**
 * Wakes the log's readers (in every process, through LISTEN) after appends have committed. A
 * `pg_notify` inside the append transaction would take the server's notify-queue lock at commit,
 * serialising every concurrent commit behind it; sent afterwards on its own, coalesced, it costs one
 * round trip per burst of appends: however many commit while one notification is in flight, one more
 * follows it. A lost notification delays readers until their next poll; it never loses an event. Its payload
 * names the sender (`origin`), whose own readers were woken in process and skip it.
 */
import type { Pool } from 'pg';
import { CoalescedSend } from './coalesced-send';
import { LOG_CHANNEL } from './log-notifications';

export class CommitNotifier {
  private readonly sending: CoalescedSend;

  constructor(pool: Pool, origin = '') {
    // Named, as the append is: a connection parses and plans it once, not at every burst of commits.
    this.sending = new CoalescedSend(() =>
      pool.query({ name: 'notify_log', text: 'select pg_notify($1, $2)', values: [LOG_CHANNEL, origin] }),
    );
  }

  /** Returns at once; the notification goes out after those already under way. */
  notify(): void {
    this.sending.request();
  }

  /** Resolves once the notifications under way are sent (or failed). */
  settled(): Promise<void> {
    return this.sending.settled();
  }
}
