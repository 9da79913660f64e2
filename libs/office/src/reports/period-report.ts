/**
 * The report itself (月报, 季报, 年报) from a replayed tally: the programme's figures, each unit's
 * and each leader's, the change from the period before, the on-time rate and the rankings.
 */
import { changeBetween, noFigures, onTimeRate, type PeriodFigures } from './period-figures';
import type { FiguresBy, PeriodTally } from './period-replay';

export interface ReportLine {
  readonly id: string;
  readonly name: string;
  readonly figures: PeriodFigures;
  readonly previous: PeriodFigures;
  readonly change: PeriodFigures;
  readonly onTimeRate: number | null;
  /** 1 for the best; equal figures share a rank (1, 1, 3). */
  readonly rank: number;
}

export interface PeriodReport {
  readonly programmeId: string;
  readonly programmeTitle: string | null;
  readonly period: {
    readonly kind: string;
    readonly key: string;
    readonly label: string;
    readonly from: string;
    readonly to: string;
  };
  readonly previousPeriod: { readonly key: string; readonly label: string };
  readonly asOf: string;
  /** False while the period is not over: the figures are as of now and will still change. */
  readonly final: boolean;
  readonly eventsReplayed: number;
  readonly totals: PeriodFigures;
  readonly previous: PeriodFigures;
  readonly change: PeriodFigures;
  readonly onTimeRate: number | null;
  readonly units: readonly ReportLine[];
  readonly leaders: readonly ReportLine[];
}

export interface ReportNames {
  readonly programmeTitle: string | null;
  readonly unit: (id: string) => string;
  readonly leader: (id: string) => string;
}

export function periodReport(programmeId: string, tally: PeriodTally, names: ReportNames): PeriodReport {
  const { period, previous } = tally;
  return {
    programmeId,
    programmeTitle: names.programmeTitle,
    period: {
      kind: period.kind,
      key: period.key,
      label: period.label,
      from: period.from.toISOString(),
      to: period.to.toISOString(),
    },
    previousPeriod: { key: previous.key, label: previous.label },
    asOf: tally.asOf.toISOString(),
    final: tally.final,
    eventsReplayed: tally.eventsReplayed,
    totals: tally.current.total,
    previous: tally.before.total,
    change: changeBetween(tally.current.total, tally.before.total),
    onTimeRate: onTimeRate(tally.current.total),
    units: ranked(lines(tally.current, tally.before, 'units', names.unit)),
    leaders: ranked(lines(tally.current, tally.before, 'leaders', names.leader)),
  };
}

type Unranked = Omit<ReportLine, 'rank'>;

function lines(
  current: FiguresBy,
  before: FiguresBy,
  side: 'units' | 'leaders',
  nameOf: (id: string) => string,
): Unranked[] {
  const ids = new Set([...current[side].keys(), ...before[side].keys()]);
  return [...ids].map((id) => {
    const figures = current[side].get(id) ?? noFigures();
    const previous = before[side].get(id) ?? noFigures();
    return {
      id,
      name: nameOf(id),
      figures,
      previous,
      change: changeBetween(figures, previous),
      onTimeRate: onTimeRate(figures),
    };
  });
}

/** More completed on time first, then more completed, then fewer overdue; ties share a rank and are listed by id. */
function ranked(unranked: Unranked[]): ReportLine[] {
  const score = (line: Unranked) => [-line.figures.completedOnTime, -line.figures.completed, line.figures.overdue];
  const compare = (a: Unranked, b: Unranked) => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  };
  const sorted = [...unranked].sort((a, b) => compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let rank = 0;
  return sorted.map((line, index) => {
    if (index === 0 || compare(sorted[index - 1], line) !== 0) rank = index + 1;
    return { ...line, rank };
  });
}
