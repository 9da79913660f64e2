/**
 * A send that is asked for often and needs to go only once per burst: asked while one is under way, it
 * goes once more after it (which then carries whatever the askers left for it), never more than one at
 * a time. A failed send is dropped: a notification is a hint, and its listeners poll.
 */
export class CoalescedSend {
  private inFlight?: Promise<void>;
  private again = false;

  constructor(private readonly send: () => Promise<unknown>) {}

  /** Returns at once; the send goes out after those already under way. */
  request(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.run();
  }

  /** Resolves once the sends under way are done (or failed). */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.send().catch(() => undefined);
      } while (this.again);
    } finally {
      this.inFlight = undefined;
    }
  }
}
