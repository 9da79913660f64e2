/**
 * The registry of read models: every projection the projector runs and the rebuild CLI knows.
 * Each read model (task board, task detail, timeline, …) registers itself here by being listed.
 */
import type { Projection } from './projection';
import { taskDeadlinesProjection } from './task-deadlines';

export const ALL_PROJECTIONS: Projection[] = [taskDeadlinesProjection];
