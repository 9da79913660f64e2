/**
 * Which data fields of each event say why it happened (the free text its actor wrote: a reason, a
 * comment, findings, an instruction, a request and its answer), typed against the events
 * themselves: a new event type, or a renamed field, does not compile until it is placed here.
 */
import type { DirectoryEvent, ProgrammeEvent, TaskEvent } from '@app/supervision';

export type LedgerEvent = TaskEvent | ProgrammeEvent | DirectoryEvent;
export type LedgerEventType = LedgerEvent['type'];
export type EventDataOf<T extends LedgerEventType> = Extract<LedgerEvent, { type: T }>['data'];

/** The fields of an event's data that hold text (string, or null when not given). */
type TextFieldOf<T extends LedgerEventType> = {
  [K in keyof EventDataOf<T>]-?: EventDataOf<T>[K] extends string | null ? K : never;
}[keyof EventDataOf<T>] &
  string;

// Titles, descriptions and the plan are what was done (in `data`), not why; ids and dates are neither.
export const WHY_FIELDS: { readonly [T in LedgerEventType]: readonly TextFieldOf<T>[] } = {
  TaskIssued: [],
  TaskAcknowledged: [],
  TaskSentBack: ['reason'],
  ResponsibilityReassigned: ['reason'],
  WorkPlanSubmitted: [],
  MilestoneCompleted: [],
  ProgressReported: ['summary'],
  InstructionRecorded: ['text'],
  UrgeNoticeIssued: ['reason'],
  DeadlineExtensionRequested: ['reason'],
  DeadlineExtended: [],
  DeadlineExtensionRejected: ['reason'],
  DeadlineMissed: [],
  CooperationRequested: ['subject'],
  CooperationProvided: ['response'],
  OutcomeRecorded: [],
  CompletionCountersigned: ['comment'],
  CompletionReported: ['summary'],
  CompletionAccepted: ['comment'],
  CompletionReturned: ['reason'],
  LookBackReviewOpened: ['findings'],
  RectificationReported: ['summary'],
  LookBackReviewClosed: ['conclusion'],
  TaskRated: [],
  TaskSuspended: ['reason'],
  TaskResumed: ['reason'],
  TaskCancelled: ['reason'],
  ProgrammeLaunched: [],
  ProgrammeClosed: ['summary'],
  UnitRegistered: [],
  OfficialRegistered: [],
  OfficialAssignedToUnit: [],
};

/** The why of an event: its why fields that hold text (an event type the ledger does not know has none). */
export function whyOf(type: string, data: Record<string, unknown>): Record<string, string> {
  const fields: readonly string[] = Object.hasOwn(WHY_FIELDS, type) ? WHY_FIELDS[type as LedgerEventType] : [];
  const why: Record<string, string> = {};
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string') why[field] = value;
  }
  return why;
}
