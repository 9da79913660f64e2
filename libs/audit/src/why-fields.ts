/**
 * Which data fields of each event say why it happened (the free text its actor wrote: a reason, a
 * comment, findings, an instruction, a request and its answer): the `why` of each event type's entry
 * in the domain's description tables, which are typed against the events themselves, so a new event
 * type, or a renamed field, does not compile until it is placed there.
 */
import {
  DIRECTORY_EVENT_DESCRIPTIONS,
  PROGRAMME_EVENT_DESCRIPTIONS,
  TASK_EVENTS,
  type DirectoryEvent,
  type ProgrammeEvent,
  type TaskEvent,
} from '@app/supervision';

export type LedgerEvent = TaskEvent | ProgrammeEvent | DirectoryEvent;
export type LedgerEventType = LedgerEvent['type'];
export type EventDataOf<T extends LedgerEventType> = Extract<LedgerEvent, { type: T }>['data'];

const DESCRIPTIONS: Readonly<Record<LedgerEventType, { readonly why: readonly string[] }>> = {
  ...TASK_EVENTS,
  ...PROGRAMME_EVENT_DESCRIPTIONS,
  ...DIRECTORY_EVENT_DESCRIPTIONS,
};

/** The why of an event: its why fields that hold text (an event type the ledger does not know has none). */
export function whyOf(type: string, data: Record<string, unknown>): Record<string, string> {
  const fields: readonly string[] = Object.hasOwn(DESCRIPTIONS, type) ? DESCRIPTIONS[type as LedgerEventType].why : [];
  const why: Record<string, string> = {};
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string') why[field] = value;
  }
  return why;
}
