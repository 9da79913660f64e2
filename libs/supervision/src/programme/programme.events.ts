/** What happened to a programme; plain JSON data only. */
import type { Message } from '../kernel/decider';

export type ProgrammeLaunched = Message<
  'ProgrammeLaunched',
  {
    readonly programmeId: string;
    readonly title: string;
    readonly year: number;
    readonly issuedOn: string;
    readonly plannedTaskCount: number;
    readonly launchedAt: string;
  }
>;

export type ProgrammeClosed = Message<'ProgrammeClosed', { readonly programmeId: string; readonly summary: string; readonly closedAt: string }>;

export type ProgrammeEvent = ProgrammeLaunched | ProgrammeClosed;

export const PROGRAMME_EVENT_TYPES = ['ProgrammeLaunched', 'ProgrammeClosed'] as const satisfies readonly ProgrammeEvent['type'][];
