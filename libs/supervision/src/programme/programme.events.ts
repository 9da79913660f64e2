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

export type ProgrammeClosed = Message<
  'ProgrammeClosed',
  { readonly programmeId: string; readonly summary: string; readonly closedAt: string }
>;

export type ProgrammeEvent = ProgrammeLaunched | ProgrammeClosed;

/** Every programme event type, as a record: the compiler fails when a new type is missing here (the decoder lets in only these). */
export const PROGRAMME_EVENT_TYPE_SET: Readonly<Record<ProgrammeEvent['type'], true>> = {
  ProgrammeLaunched: true,
  ProgrammeClosed: true,
};

export const PROGRAMME_EVENT_TYPES = Object.keys(PROGRAMME_EVENT_TYPE_SET) as readonly ProgrammeEvent['type'][];
