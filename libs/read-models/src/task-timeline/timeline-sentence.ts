/**
 * A task event's timeline sentence is the domain's (TASK_EVENTS in task.events.ts, one
 * entry per event type). Units and officials stay references in it (the projection reads only task
 * streams), and the query puts their names in when it renders it, here.
 */
import type { SentencePart } from '@app/supervision';

export { timelineSentence, type SentencePart } from '@app/supervision';

/** Joins the parts, with the names known (an unknown id is shown as itself). */
export function renderSentence(
  parts: readonly SentencePart[],
  names: { units: ReadonlyMap<string, string>; officials: ReadonlyMap<string, string> },
): string {
  return parts
    .map((part) =>
      typeof part === 'string'
        ? part
        : 'unit' in part
          ? (names.units.get(part.unit) ?? part.unit)
          : (names.officials.get(part.official) ?? part.official),
    )
    .join('');
}

/** The ids a sentence refers to, for looking up their names in one go. */
export function referencesIn(parts: readonly SentencePart[]): { units: string[]; officials: string[] } {
  const units: string[] = [];
  const officials: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if ('unit' in part) units.push(part.unit);
    else officials.push(part.official);
  }
  return { units, officials };
}
