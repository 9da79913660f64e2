/** The real clock the apps boot with (tests and replays inject their own). */
import type { Clock } from '@app/supervision';

export const systemClock: Clock = { now: () => new Date() };
