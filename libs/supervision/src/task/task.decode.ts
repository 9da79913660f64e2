/** Decodes a recorded event of a task stream into a TaskEvent (the checked boundary; see kernel/event-decoding). */
import { eventDecoder, type EventTypeSet } from '../kernel/event-decoding';
import type { TaskEvent } from './task.events';

const TASK_EVENT_TYPES: EventTypeSet<TaskEvent> = {
  TaskIssued: true,
  TaskAcknowledged: true,
  TaskSentBack: true,
  ResponsibilityReassigned: true,
  WorkPlanSubmitted: true,
  MilestoneCompleted: true,
  ProgressReported: true,
  InstructionRecorded: true,
  UrgeNoticeIssued: true,
  DeadlineExtensionRequested: true,
  DeadlineExtended: true,
  DeadlineExtensionRejected: true,
  DeadlineMissed: true,
  CooperationRequested: true,
  CooperationProvided: true,
  OutcomeRecorded: true,
  CompletionCountersigned: true,
  CompletionReported: true,
  CompletionAccepted: true,
  CompletionReturned: true,
  LookBackReviewOpened: true,
  RectificationReported: true,
  LookBackReviewClosed: true,
  TaskRated: true,
  TaskSuspended: true,
  TaskResumed: true,
  TaskCancelled: true,
};

// Every task event is still at version 1: an upcaster for an older version would wrap this decoder.
export const decodeTaskEvent = eventDecoder<TaskEvent>('task', TASK_EVENT_TYPES);
