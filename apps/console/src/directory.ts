/** Units, leaders and programmes for the forms' dropdowns and the board's filters, from the directory reads (GET /api/units, /api/officials, /api/programmes). */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client';

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
