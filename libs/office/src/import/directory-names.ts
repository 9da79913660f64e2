/**
 * Units and leaders named in a workbook, by id or by name: an office writes 第九检察厅, not dept-9.
 * A name counts only when exactly one unit (or official) carries it; an id always wins over a name.
 */
import { canLeadTasks, findOfficial, findUnit, type DirectoryState, type Official } from '@app/supervision';

export type Resolved<T> =
  | { readonly ok: true; readonly id: string; readonly found: T }
  | { readonly ok: false; readonly why: 'unknown' | 'ambiguous'; readonly candidates: readonly string[] };

export function resolveUnit(directory: DirectoryState, given: string): Resolved<{ unitId: string }> {
  const byId = findUnit(directory, given);
  if (byId) return { ok: true, id: byId.unitId, found: { unitId: byId.unitId } };
  const named = Object.values(directory.units).filter((unit) => normalise(unit.name) === normalise(given));
  return single(named.map((unit) => ({ id: unit.unitId, found: { unitId: unit.unitId } })));
}

export function resolveLeader(directory: DirectoryState, given: string): Resolved<Official> {
  const byId = findOfficial(directory, given);
  if (byId) return { ok: true, id: byId.officialId, found: byId };
  // Only officials who may lead a task are candidates for a title, so a staff member with the same title does not make it ambiguous.
  const titled = Object.values(directory.officials).filter(
    (official) => normalise(official.title) === normalise(given),
  );
  const leaders = titled.filter(canLeadTasks);
  return single(
    (leaders.length > 0 ? leaders : titled).map((official) => ({ id: official.officialId, found: official })),
  );
}

function single<T>(matches: { id: string; found: T }[]): Resolved<T> {
  if (matches.length === 1) return { ok: true, ...matches[0] };
  return {
    ok: false,
    why: matches.length === 0 ? 'unknown' : 'ambiguous',
    candidates: matches.map((m) => m.id).sort(),
  };
}

/** Full-width spaces and runs of blanks are how the same name comes out of different spreadsheets. */
function normalise(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').normalize('NFKC');
}
