/** Decodes a recorded event of a programme stream into a ProgrammeEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder, type EventTypeSet } from '../kernel/event-decoding';
import type { ProgrammeEvent } from './programme.events';

const PROGRAMME_EVENT_TYPES: EventTypeSet<ProgrammeEvent> = { ProgrammeLaunched: true, ProgrammeClosed: true };

// Every programme event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeProgrammeEvent = eventDecoder<ProgrammeEvent>('programme', PROGRAMME_EVENT_TYPES);
