/** What the supervision office does with a programme (督办批次). */
import type { Message } from '../kernel/decider';

export type LaunchProgramme = Message<
  'LaunchProgramme',
  {
    readonly programmeId: string;
    readonly title: string;
    readonly year: number;
    /** The day of the meeting that issued the list, 'YYYY-MM-DD'. */
    readonly issuedOn: string;
    readonly plannedTaskCount: number;
  }
>;

export type CloseProgramme = Message<'CloseProgramme', { readonly programmeId: string; readonly summary: string }>;

export type ProgrammeCommand = LaunchProgramme | CloseProgramme;
