/**
 * Units, leaders and programmes for the forms' dropdowns. The API has no directory listing yet, so
 * they are read from what lists them with names: the per-unit and per-leader dashboards and the board.
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client';

export interface Named {
  readonly id: string;
  readonly name: string | null;
}

export function useDirectory() {
  const units = useQuery({ queryKey: ['directory', 'units'], queryFn: () => unwrap(api.GET('/api/dashboards/units')), staleTime: 60_000 });
  const leaders = useQuery({ queryKey: ['directory', 'leaders'], queryFn: () => unwrap(api.GET('/api/dashboards/leaders')), staleTime: 60_000 });
  const programmes = useQuery({
    queryKey: ['directory', 'programmes'],
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/tasks', { params: { query: { limit: 200 } } }));
      const byId = new Map<string, Named>();
      for (const task of page.items) byId.set(task.programme.id, task.programme);
      return [...byId.values()];
    },
    staleTime: 60_000,
  });
  return {
    units: (units.data?.items ?? []).map((item): Named => item.subject),
    leaders: (leaders.data?.items ?? []).map((item): Named => item.subject),
    programmes: programmes.data ?? [],
  };
}
