/**
 * Records what the live read side showed while a task went through its life: after each command,
 * the detail read with the command's own position (read-your-writes), with the command's revision,
 * position and time; between commands, the detail at a moment the clock was moved to.
 */
import { get, post } from '../support/http-client';
import { READER } from '../support/ledger-fixtures';
import type { TestApp } from '../support/test-app';

export interface LivePoint {
  /** What happened at this point, for the failure message. */
  readonly step: string;
  readonly at: string;
  readonly revision: number;
  readonly position: string;
  /** false for a point where only the clock moved: it has no revision or position of its own. */
  readonly byCommand: boolean;
  readonly detail: any;
}

export class LiveDetailRecorder {
  readonly points: LivePoint[] = [];
  taskId = '';
  private last?: { revision: number; position: string };

  constructor(private readonly app: TestApp) {}

  /** Issues the task at a time and records its first live detail; returns its id. */
  async issue(at: string, body: object, who: object): Promise<string> {
    this.taskId = (await this.send(at, '/api/tasks', body, who)).id;
    await this.record('issue', at, true);
    return this.taskId;
  }

  /** Sends a command to the task at a time (path under the task's), then records the live detail it led to. */
  async act(at: string, path: string, body: object, who: object): Promise<any> {
    const answer = await this.send(at, `/api/tasks/${this.taskId}${path}`, body, who);
    await this.record(path, at, true);
    return answer;
  }

  private async send(at: string, path: string, body: object, who: object): Promise<any> {
    this.app.clock.set(at);
    const answer = await post(this.app.url, path, body, { token: this.app.tokenFor(who as never) });
    if (answer.status !== 200 && answer.status !== 201)
      throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    this.last = { revision: answer.body.revision, position: answer.body.position };
    return answer.body;
  }

  /** Moves the clock with no command and records the live detail then (its flags are the ones that move). */
  async look(at: string): Promise<void> {
    this.app.clock.set(at);
    await this.record('(clock only)', at, false);
  }

  private async record(step: string, at: string, byCommand: boolean): Promise<void> {
    const { revision, position } = this.last!;
    const answer = await get(this.app.url, `/api/tasks/${this.taskId}`, {
      token: this.app.tokenFor(READER),
      headers: { 'X-Min-Position': position },
    });
    if (answer.status !== 200) throw new Error(`detail after ${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
    if (answer.body.revision !== revision)
      throw new Error(`detail after ${step} is at revision ${answer.body.revision}, not ${revision}`);
    this.points.push({ step, at: new Date(at).toISOString(), revision, position, byCommand, detail: answer.body });
  }
}

/** The fields the live detail and an as-of answer both carry, from the live detail (ids only where it adds names). */
export function sharedFieldsOfDetail(detail: any) {
  return {
    revision: detail.revision,
    status: detail.status,
    deadline: detail.deadline,
    originalDeadline: detail.originalDeadline,
    coUnitIds: detail.coUnits.map((unit: { id: string }) => unit.id),
    plan: detail.plan,
    milestones: detail.milestones,
    latestProgress: detail.latestProgress,
    progressPercent: detail.progressPercent,
    instructions: detail.instructions.map(({ leader: _leader, ...instruction }: any) => instruction),
    openUrges: detail.pendingUrges,
    urges: detail.urges,
    openExtensionRequests: detail.openExtensionRequests,
    extensionRequests: detail.extensionRequests,
    countersigns: detail.countersigns.map(({ unit, ...countersign }: any) => ({ unitId: unit.id, ...countersign })),
    completionReport: detail.completionReport,
    completionReturns: detail.completionReturns,
    acceptance: detail.acceptance,
    completedAt: detail.completedAt,
    rating: detail.rating === null ? null : { rating: detail.rating.rating, ratedAt: detail.rating.ratedAt },
    lookBackReviews: detail.lookBackReviews,
    updatedAt: detail.updatedAt,
    flags: { light: detail.flags.light, overdue: detail.flags.overdue, stale: detail.flags.stale },
  };
}

/** The same fields from an as-of answer, whose state is the domain's own (urges all in one list, countersigns keyed by unit). */
export function sharedFieldsOfAsOf(answer: any) {
  const { state } = answer;
  return {
    revision: answer.revision,
    status: state.status,
    deadline: state.deadline,
    originalDeadline: state.originalDeadline,
    coUnitIds: state.coUnitIds,
    plan: state.plan,
    milestones: state.milestones,
    latestProgress: state.progress.latest,
    progressPercent: state.progress.latest?.percent ?? null,
    instructions: state.instructions,
    openUrges: state.urges.filter((urge: { answeredAt: string | null }) => urge.answeredAt === null),
    urges: state.urges,
    openExtensionRequests: state.extensionRequests.filter(
      (request: { decision: string }) => request.decision === 'open',
    ),
    extensionRequests: state.extensionRequests,
    countersigns: Object.entries(state.countersigns).map(([unitId, countersign]) => ({
      unitId,
      ...(countersign as object),
    })),
    completionReport: state.completionReport,
    completionReturns: state.completionReturns,
    acceptance: state.acceptance,
    completedAt: state.completedAt,
    rating: state.rating,
    lookBackReviews: state.lookBackReviews,
    updatedAt: state.updatedAt,
    flags: answer.flags,
  };
}
