/**
 * The organisation read model's pure evolve: units, officials and programmes by id, each with the
 * revision of its stream that it reflects. The domain's own evolveDirectory / evolveProgramme do the
 * folding; this adds the revision guard, so that a replayed event changes nothing.
 */
import type { RecordedEvent } from '@app/event-store';
import {
  decodeDirectoryEvent,
  decodeProgrammeEvent,
  DIRECTORY_STREAM_ID,
  PROGRAMME_STREAM_PREFIX,
  evolveDirectory,
  evolveProgramme,
  type DirectoryEvent,
  type LaunchedProgramme,
  type Official,
  type Unit,
} from '@app/supervision';

export interface Versioned<T> {
  readonly revision: number;
  readonly value: T;
}

export interface Organisation {
  readonly units: ReadonlyMap<string, Versioned<Unit>>;
  readonly officials: ReadonlyMap<string, Versioned<Official>>;
  readonly programmes: ReadonlyMap<string, Versioned<LaunchedProgramme>>;
}

export const emptyOrganisation = (): Organisation => ({
  units: new Map(),
  officials: new Map(),
  programmes: new Map(),
});

export function evolveOrganisation(
  org: Organisation,
  event: Pick<RecordedEvent, 'streamId' | 'type' | 'data' | 'revision'>,
): Organisation {
  const revision = Number(event.revision);
  if (event.streamId === DIRECTORY_STREAM_ID) return directoryEvent(org, decodeDirectoryEvent(event), revision);
  if (!event.streamId.startsWith(PROGRAMME_STREAM_PREFIX)) return org;
  const programmeId = event.streamId.slice(PROGRAMME_STREAM_PREFIX.length);
  const current = org.programmes.get(programmeId);
  if (current && current.revision >= revision) return org;
  const next = evolveProgramme(current?.value ?? { status: 'not_launched' }, decodeProgrammeEvent(event));
  if (next.status === 'not_launched' || next === current?.value) return org;
  return { ...org, programmes: new Map(org.programmes).set(programmeId, { revision, value: next }) };
}

function directoryEvent(org: Organisation, event: DirectoryEvent, revision: number): Organisation {
  const unitId = event.type === 'UnitRegistered' ? event.data.unitId : undefined;
  const officialId = event.type === 'UnitRegistered' ? undefined : event.data.officialId;
  const unit = unitId === undefined ? undefined : org.units.get(unitId);
  const official = officialId === undefined ? undefined : org.officials.get(officialId);
  if ((unit && unit.revision >= revision) || (official && official.revision >= revision)) return org;
  const before = {
    units: unit && unitId ? { [unitId]: unit.value } : {},
    officials: official && officialId ? { [officialId]: official.value } : {},
  };
  const after = evolveDirectory(before, event);
  if (after === before) return org;
  const units = new Map(org.units);
  const officials = new Map(org.officials);
  if (unitId !== undefined && Object.hasOwn(after.units, unitId))
    units.set(unitId, { revision, value: after.units[unitId] });
  if (officialId !== undefined && Object.hasOwn(after.officials, officialId))
    officials.set(officialId, { revision, value: after.officials[officialId] });
  return { ...org, units, officials };
}

/** The ids a batch touches, so the writer loads only those rows. */
export function idsTouched(events: readonly Pick<RecordedEvent, 'streamId' | 'data'>[]): {
  units: string[];
  officials: string[];
  programmes: string[];
} {
  const units = new Set<string>();
  const officials = new Set<string>();
  const programmes = new Set<string>();
  for (const event of events) {
    if (event.streamId.startsWith(PROGRAMME_STREAM_PREFIX))
      programmes.add(event.streamId.slice(PROGRAMME_STREAM_PREFIX.length));
    if (event.streamId !== DIRECTORY_STREAM_ID) continue;
    if (typeof event.data.officialId === 'string') officials.add(event.data.officialId);
    else if (typeof event.data.unitId === 'string') units.add(event.data.unitId);
  }
  return { units: [...units], officials: [...officials], programmes: [...programmes] };
}
