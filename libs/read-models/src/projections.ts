/**
 * The registry of read models: every projection the projector runs and the rebuild CLI knows.
 * Each read model (task board, task detail, timeline, …) registers itself here by being listed.
 */
import type { Projection } from '@app/projector';
import { taskDeadlinesProjection } from './task-deadlines';
import { organisationProjection } from './organisation/organisation.projection';
import { taskBoardProjection } from './task-board/task-board.projection';
import { taskDetailProjection } from './task-detail/task-detail.projection';
import { taskTimelineProjection } from './task-timeline/task-timeline.projection';

export const ALL_PROJECTIONS: Projection[] = [
  taskDeadlinesProjection,
  taskBoardProjection,
  taskDetailProjection,
  taskTimelineProjection,
  organisationProjection,
];
