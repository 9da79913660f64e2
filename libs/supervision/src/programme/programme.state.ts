/** A programme's state, folded from its events. */
import type { ProgrammeEvent } from './programme.events';

export interface NoProgramme {
  readonly status: 'not_launched';
}

/** A launched programme is running until it is closed with its annual summary. */
export const PROGRAMME_STATUSES = ['launched', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export interface LaunchedProgramme {
  readonly status: ProgrammeStatus;
  readonly programmeId: string;
  readonly title: string;
  readonly year: number;
  readonly issuedOn: string;
  readonly plannedTaskCount: number;
  readonly launchedAt: string;
  readonly summary: string | null;
  readonly closedAt: string | null;
}

export type ProgrammeState = NoProgramme | LaunchedProgramme;

export const initialProgrammeState = (): ProgrammeState => ({ status: 'not_launched' });

export function evolveProgramme(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammeLaunched':
      return { status: 'launched', ...event.data, summary: null, closedAt: null };
    case 'ProgrammeClosed':
      if (state.status === 'not_launched') return state;
      return { ...state, status: 'closed', summary: event.data.summary, closedAt: event.data.closedAt };
    default: {
      // Exhaustive at compile time; at run time an unknown (newer) event type leaves the state as it was.
      event satisfies never;
      return state;
    }
  }
}
