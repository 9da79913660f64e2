/** Decodes a recorded event of the directory stream into a DirectoryEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder } from '../kernel/event-decoding';
import { DIRECTORY_EVENT_TYPE_SET, type DirectoryEvent } from './directory.events';

// Every directory event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeDirectoryEvent = eventDecoder<DirectoryEvent>('directory', DIRECTORY_EVENT_TYPE_SET);
