/** Decodes a recorded event of the directory stream into a DirectoryEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder, type EventTypeSet } from '../kernel/event-decoding';
import type { DirectoryEvent } from './directory.events';

const DIRECTORY_EVENT_TYPES: EventTypeSet<DirectoryEvent> = { UnitRegistered: true, OfficialRegistered: true, OfficialAssignedToUnit: true };

// Every directory event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeDirectoryEvent = eventDecoder<DirectoryEvent>('directory', DIRECTORY_EVENT_TYPES);
