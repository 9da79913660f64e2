/** What a periodic report counts, for a programme, a unit or a leader. */
export interface PeriodFigures {
  /** Tasks issued (立项交办) in the period. */
  issued: number;
  /** Completions accepted (办结) in the period. */
  completed: number;
  /** Of those, accepted on or before the ORIGINAL deadline (an extension does not make a late task on time). */
  completedOnTime: number;
  /** Tasks overdue when the period ended: open, their deadline in force passed. */
  overdue: number;
  /** Urge notices (催办) issued in the period, the deadline watcher's included. */
  urged: number;
  /** Deadline extensions granted in the period. */
  extended: number;
  /** Completions returned (退回重办) in the period. */
  returned: number;
}

export const FIGURE_KEYS: readonly (keyof PeriodFigures)[] = [
  'issued',
  'completed',
  'completedOnTime',
  'overdue',
  'urged',
  'extended',
  'returned',
];

export const FIGURE_LABELS: Readonly<Record<keyof PeriodFigures, string>> = {
  issued: '立项交办',
  completed: '办结',
  completedOnTime: '按期办结',
  overdue: '期末逾期',
  urged: '催办',
  extended: '延期',
  returned: '退回重办',
};

export const noFigures = (): PeriodFigures => ({
  issued: 0,
  completed: 0,
  completedOnTime: 0,
  overdue: 0,
  urged: 0,
  extended: 0,
  returned: 0,
});

export function changeBetween(current: PeriodFigures, previous: PeriodFigures): PeriodFigures {
  const change = noFigures();
  for (const key of FIGURE_KEYS) change[key] = current[key] - previous[key];
  return change;
}

/** Completed on time over completed; null when nothing was completed. */
export function onTimeRate(figures: PeriodFigures): number | null {
  return figures.completed === 0 ? null : figures.completedOnTime / figures.completed;
}
