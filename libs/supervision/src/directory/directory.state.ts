/** The directory's state: every unit and official by id, as plain records (JSON-friendly). */
import type { OfficialKind, UnitKind } from './directory.commands';
import type { DirectoryEvent } from './directory.events';

export interface Unit {
  readonly unitId: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly registeredAt: string;
}

export interface Official {
  readonly officialId: string;
  readonly title: string;
  readonly kind: OfficialKind;
  readonly unitId: string | null;
  readonly registeredAt: string;
}

export interface DirectoryState {
  readonly units: Readonly<Record<string, Unit>>;
  readonly officials: Readonly<Record<string, Official>>;
}

export const initialDirectoryState = (): DirectoryState => ({ units: {}, officials: {} });

export function evolveDirectory(state: DirectoryState, event: DirectoryEvent): DirectoryState {
  switch (event.type) {
    case 'UnitRegistered':
      return { ...state, units: { ...state.units, [event.data.unitId]: { ...event.data } } };
    case 'OfficialRegistered':
      return { ...state, officials: { ...state.officials, [event.data.officialId]: { ...event.data } } };
    case 'OfficialAssignedToUnit': {
      const official = findOfficial(state, event.data.officialId);
      if (!official) return state;
      return {
        ...state,
        officials: { ...state.officials, [official.officialId]: { ...official, unitId: event.data.unitId } },
      };
    }
    default: {
      // Exhaustive at compile time; at run time an unknown (newer) event type leaves the state as it was.
      event satisfies never;
      return state;
    }
  }
}

/** Lookups used by this and other aggregates (own keys only, so ids like "constructor" are safe). */
export function findUnit(state: DirectoryState, unitId: string): Unit | undefined {
  return Object.hasOwn(state.units, unitId) ? state.units[unitId] : undefined;
}

export function findOfficial(state: DirectoryState, officialId: string): Official | undefined {
  return Object.hasOwn(state.officials, officialId) ? state.officials[officialId] : undefined;
}

/** A leader in charge of a task must be a leader (分管院领导) or a full-time committee member (检委会专职委员). */
export function canLeadTasks(official: Official): boolean {
  return official.kind === 'leader' || official.kind === 'committee_member';
}
