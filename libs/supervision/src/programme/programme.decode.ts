/** Decodes a recorded event of a programme stream into a ProgrammeEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder } from '../kernel/event-decoding';
import { PROGRAMME_EVENT_TYPE_SET, type ProgrammeEvent } from './programme.events';

// Every programme event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeProgrammeEvent = eventDecoder<ProgrammeEvent>('programme', PROGRAMME_EVENT_TYPE_SET);
