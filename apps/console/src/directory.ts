/** Units, leaders and programmes for the forms' dropdowns and the board's filters, from the directory reads (GET /api/units, /api/officials, /api/programmes). */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from './api/client';
import type { Lang } from './i18n';
import { actorLine, roleLabel } from './labels';
import { useSignedInUser } from './session';

export interface Named {
  readonly id: string;
  readonly name: string | null;
}

const PAGE = 200;

/** The three directory reads, also started ahead by the board's route. */
export const DIRECTORY_QUERIES = {
  units: {
    queryKey: ['directory', 'units'],
    queryFn: () => unwrap(api.GET('/api/units', { params: { query: { limit: PAGE } } })),
    staleTime: 60_000,
  },
  leaders: {
    queryKey: ['directory', 'leaders'],
    queryFn: () =>
      unwrap(api.GET('/api/officials', { params: { query: { limit: PAGE, kind: 'leader,committee_member' } } })),
    staleTime: 60_000,
  },
  /** Every official (staff too): the names of the people the log records as actors. */
  officials: {
    queryKey: ['directory', 'officials'],
    queryFn: () => unwrap(api.GET('/api/officials', { params: { query: { limit: PAGE } } })),
    staleTime: 60_000,
  },
  programmes: {
    queryKey: ['directory', 'programmes'],
    queryFn: () => unwrap(api.GET('/api/programmes', { params: { query: { limit: PAGE } } })),
    staleTime: 60_000,
  },
} as const;

export function useDirectory() {
  const units = useQuery(DIRECTORY_QUERIES.units);
  const leaders = useQuery(DIRECTORY_QUERIES.leaders);
  const programmes = useQuery(DIRECTORY_QUERIES.programmes);
  return {
    units: (units.data?.items ?? []).map((unit): Named => ({ id: unit.id, name: unit.name })),
    leaders: (leaders.data?.items ?? []).map((official): Named => ({ id: official.id, name: official.title })),
    // Newest first (the API's order): the open programme is the form's default.
    programmes: (programmes.data?.items ?? [])
      .filter((p) => p.status === 'launched')
      .map((p): Named => ({ id: p.id, name: p.title })),
    allProgrammes: (programmes.data?.items ?? []).map((p): Named => ({ id: p.id, name: p.title })),
  };
}

/** Names for who did what, as the log records them by id. */
export interface ActorNames {
  /** The person: the directory's name for the id, the signed-in user's own, else the id itself (an account the directory does not list). */
  readonly person: (actorId: string | null | undefined) => string;
  /** The unit by its directory name, else its id; undefined for none. */
  readonly unit: (unitId: string | null | undefined) => string | undefined;
  /** Who acted, in one line: the person, then their unit (else their role) in brackets, unless it repeats the name. */
  readonly actor: (who: ActingParty, lang: Lang) => string;
}

export interface ActingParty {
  readonly actorId: string | null | undefined;
  readonly role?: string | null;
  readonly unitId?: string | null;
  /** The unit's name when the answer already carries it (a timeline entry). */
  readonly unitName?: string | null;
}

/** `enabled` false: names from what the cache holds, without reading the directory (a form that needs them only on a conflict). */
export function useActorNames(enabled = true): ActorNames {
  const officials = useQuery({ ...DIRECTORY_QUERIES.officials, enabled });
  const units = useQuery({ ...DIRECTORY_QUERIES.units, enabled });
  const me = useSignedInUser();
  return useMemo(() => {
    const people = new Map<string, string>(
      (officials.data?.items ?? []).map((official) => [official.id, official.title]),
    );
    if (me?.name && !people.has(me.userId)) people.set(me.userId, me.name);
    const unitNames = new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name ?? unit.id]));
    const person = (actorId: string | null | undefined) => (actorId ? (people.get(actorId) ?? actorId) : '—');
    const unit = (unitId: string | null | undefined) => (unitId ? (unitNames.get(unitId) ?? unitId) : undefined);
    return {
      person,
      unit,
      actor: (who, lang) => {
        const name = person(who.actorId);
        const where = who.unitName ?? unit(who.unitId) ?? (who.role ? roleLabel(who.role, lang) : undefined);
        return actorLine(name, where);
      },
    };
  }, [officials.data, units.data, me]);
}
