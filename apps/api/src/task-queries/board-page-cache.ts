/**
 * Board pages kept in memory while nothing they were read from has changed, so that the same page
 * asked again (the console's board, the same filter on every desk) costs one small statement instead
 * of a count and a page.
 *
 * A page is served from here only when all of these hold, which makes it the page a fresh read would give:
 * - the read models it comes from are at the version it was read at (readModelVersion, read from the
 *   database on every ask, so a replica never serves a page another replica's projector has moved past);
 * - the caller asks the same filter, sort and page: the answer is a function of those, the data and the
 *   clock alone (the caller's scope is part of the filter: a unit member's free text is its own filter,
 *   `descriptionReadableByUnit`), and the key is all of it;
 * - the clock has not moved the flags: the key holds the dates the lights and overdue compare with, and
 *   a page expires when one of its tasks would turn stale. A filter on `stale` itself is never kept,
 *   since time alone changes which tasks match it.
 */
import { DEFAULT_FLAG_POLICY } from '@app/supervision';
import { flagThresholds, type BoardEntry, type BoardFilter, type BoardPageRequest } from '@app/read-models';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Kept<T> {
  readonly version: string;
  /** Epoch ms from which the page may show a stale flag wrongly. */
  readonly validUntil: number;
  readonly page: T;
}

export class BoardPageCache<T> {
  private readonly pages = new Map<string, Kept<T>>();

  constructor(private readonly capacity = 256) {}

  /** Undefined when the page cannot be kept at all (see the file's header). */
  keyOf(filter: BoardFilter, page: BoardPageRequest, now: Date): string | undefined {
    if (filter.stale !== undefined) return undefined;
    const { today, yellowUntil } = flagThresholds(now, DEFAULT_FLAG_POLICY);
    return JSON.stringify([today, yellowUntil, filter, page]);
  }

  get(key: string, version: string, now: Date): T | undefined {
    const kept = this.pages.get(key);
    if (!kept) return undefined;
    if (kept.version !== version || now.getTime() >= kept.validUntil) {
      this.pages.delete(key);
      return undefined;
    }
    // Most recently used last: the first key is the one to drop when full.
    this.pages.delete(key);
    this.pages.set(key, kept);
    return kept.page;
  }

  set(key: string, version: string, now: Date, entries: readonly BoardEntry[], page: T): void {
    this.pages.delete(key);
    this.pages.set(key, { version, validUntil: staleFlagsHoldUntil(entries, now), page });
    if (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value!);
  }
}

/** The first instant at which one of the entries, not stale now, would be (stale ⇔ staleSince ≤ now − staleAfterDays). */
function staleFlagsHoldUntil(entries: readonly BoardEntry[], now: Date): number {
  let until = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    if (entry.stale || entry.finished || entry.staleSince === null) continue;
    until = Math.min(until, Date.parse(entry.staleSince) + DEFAULT_FLAG_POLICY.staleAfterDays * DAY_MS);
  }
  return Math.max(until, now.getTime());
}
