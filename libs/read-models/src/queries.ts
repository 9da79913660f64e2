/** What the API's query handlers read: the read models' query functions over the live tables. */
export * from './task-board/board-filter';
export * from './task-board/board-query';
export * from './task-board/board-cursor';
export * from './task-board/dashboard-query';
export * from './task-board/task-flags.sql';
export { taskBoardProjection, TASK_BOARD } from './task-board/task-board.projection';
export { boardEntryOf, type TaskBoardEntry } from './task-board/task-board.row';
export {
  taskDetailProjection,
  findTaskDetail,
  findNamedTaskDetail,
  TASK_DETAILS,
} from './task-detail/task-detail.projection';
export {
  taskTimelineProjection,
  queryTimeline,
  TASK_TIMELINE,
  type TimelineEntry,
} from './task-timeline/task-timeline.projection';
export {
  organisationProjection,
  findNames,
  findProgramme,
  type OrganisationNames,
} from './organisation/organisation.projection';
export type { TaskView } from './task-view/task-view';
export * from './organisation/organisation.queries';
