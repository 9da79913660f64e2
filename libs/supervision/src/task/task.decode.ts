/** Decodes a recorded event of a task stream into a TaskEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder } from '../kernel/event-decoding';
import { TASK_EVENTS, type TaskEvent } from './task.events';

// Every task event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeTaskEvent = eventDecoder<TaskEvent>('task', TASK_EVENTS);
