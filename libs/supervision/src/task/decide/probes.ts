/**
 * What the decide groups' probes are built with: a probe is a well-formed body built from the task
 * (task.allowed-commands.ts tries it with decide to know whether a command is offered), so its free
 * texts are a placeholder and the ids of new sub-entities any unused one.
 */
import { calendarDateOf } from '../../kernel/calendar';

export const PROBE_TEXT = '—';

export const PROBE_REASON = { reason: PROBE_TEXT } as const;

/** An id none of the taken ones is: ids of new sub-entities come from the caller, so any unused one probes the same rules. */
export function freshId(taken: readonly string[]): string {
  let id = 'probe';
  while (taken.includes(id)) id += '-';
  return id;
}

export function dayAfter(date: string): string {
  return calendarDateOf(new Date(Date.parse(`${date}T12:00:00+08:00`) + 24 * 60 * 60 * 1000));
}
