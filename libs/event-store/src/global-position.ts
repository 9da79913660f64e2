/** Comparing and encoding global positions; the string form is what HTTP clients see. */
import type { GlobalPosition } from './event-store.port';

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}-${position.prepare}`;
}

/** Parses the string form; returns undefined when it is not one. */
export function parsePosition(text: string): GlobalPosition | undefined {
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(text.trim());
  if (!match) return undefined;
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
