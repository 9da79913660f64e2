/**
 * A deleted last event leaves no gap in its stream's chain. On PostgreSQL the stream's recorded head
 * (event_streams, written in the same transaction as the events) still says how far the stream went:
 * a stream recorded beyond its last stored event lost its tail. (A kept digest catches it too.)
 */
import type { ChainBreak } from './chain-verifier';
import type { VerificationReport } from './verify-log';

/** One statement, so both tables are read in the same snapshot. */
export const MISSING_TAILS_SQL = `
select s.stream_id, s.revision::text as recorded, coalesce(h.stored, -1)::text as stored
  from event_streams s
  left join lateral (select max(e.stream_revision) as stored from events e where e.stream_id = s.stream_id) h on true
 where s.revision > coalesce(h.stored, -1)
 order by s.stream_id
 limit 100`;

export interface MissingTailRow {
  readonly stream_id: string;
  readonly recorded: string;
  readonly stored: string;
}

export function missingTailBreaks(rows: readonly MissingTailRow[]): ChainBreak[] {
  return rows.map((row) => {
    const first = Number(row.stored) + 1;
    const last = Number(row.recorded);
    return {
      kind: 'missing_tail',
      streamId: row.stream_id,
      revision: first,
      position: null,
      eventId: null,
      expected: `revisions up to ${last}`,
      found: `revisions up to ${row.stored}`,
      message: `revision${first === last ? ` ${first}` : `s ${first} to ${last}`} of ${row.stream_id} ${first === last ? 'is' : 'are'} missing (deleted): the stream was recorded up to revision ${last}`,
    };
  });
}

/** Adds the missing tails to a report (after the breaks found in log order). */
export function withMissingTails(report: VerificationReport, tails: readonly ChainBreak[]): VerificationReport {
  if (tails.length === 0) return report;
  const breaks = [...report.breaks, ...tails];
  return { ...report, ok: false, breaks, firstBreak: report.firstBreak ?? tails[0] };
}
