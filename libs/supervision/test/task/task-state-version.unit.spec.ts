/**
 * Read models store the whole Task (board, detail) and include TASK_STATE_VERSION in their schema
 * versions. This file does not compile when Task's shape differs from the one recorded for the
 * current version: change Task, and you must bump TASK_STATE_VERSION and record its shape here
 * (keep the old lines), which rebuilds those read models instead of parking events on old rows.
 */
import { TASK_STATE_VERSION, type Task } from '@app/supervision';

/** Every field path of a type: arrays by their element, records keyed by any string as `*`. */
type Paths<T> = T extends readonly (infer E)[]
  ? Paths<E>
  : T extends object
    ? string extends keyof T
      ? `*` | `*.${Paths<T[string & keyof T]>}`
      : { [K in keyof T & string]: K | `${K}.${Paths<T[K]>}` }[keyof T & string]
    : never;

const SHAPE_1 = [
  'status',
  'taskId',
  'programmeId',
  'code',
  'title',
  'description',
  'category',
  'leadLeaderId',
  'leadUnitId',
  'coUnitIds',
  'deadline',
  'originalDeadline',
  'issuedAt',
  'acknowledgedAt',
  'sentBack',
  'sentBack.reason',
  'sentBack.sentBackAt',
  'plan',
  'plan.text',
  'plan.submittedAt',
  'milestones',
  'milestones.milestoneId',
  'milestones.title',
  'milestones.dueOn',
  'milestones.completedAt',
  'progress',
  'progress.latest',
  'progress.latest.summary',
  'progress.latest.percent',
  'progress.latest.answersUrgeId',
  'progress.latest.reportedBy',
  'progress.latest.reportedBy.kind',
  'progress.latest.reportedBy.id',
  'progress.latest.reportedAt',
  'progress.latestByCoUnit',
  'progress.latestByCoUnit.*',
  'progress.latestByCoUnit.*.summary',
  'progress.latestByCoUnit.*.percent',
  'progress.latestByCoUnit.*.answersUrgeId',
  'progress.latestByCoUnit.*.reportedBy',
  'progress.latestByCoUnit.*.reportedBy.kind',
  'progress.latestByCoUnit.*.reportedBy.id',
  'progress.latestByCoUnit.*.reportedAt',
  'progress.count',
  'progress.lastReportedAt',
  'instructions',
  'instructions.leaderId',
  'instructions.text',
  'instructions.recordedAt',
  'urges',
  'urges.urgeId',
  'urges.reason',
  'urges.replyDueOn',
  'urges.issuedAt',
  'urges.answeredAt',
  'extensionRequests',
  'extensionRequests.requestId',
  'extensionRequests.currentDeadline',
  'extensionRequests.requestedDeadline',
  'extensionRequests.reason',
  'extensionRequests.requestedAt',
  'extensionRequests.decision',
  'extensionRequests.decidedAt',
  'extensionRequests.rejectionReason',
  'missedDeadlines',
  'missedDeadlines.deadline',
  'missedDeadlines.recordedAt',
  'cooperationRequests',
  'cooperationRequests.requestId',
  'cooperationRequests.requestedByUnitId',
  'cooperationRequests.fromUnitId',
  'cooperationRequests.subject',
  'cooperationRequests.requestedAt',
  'cooperationRequests.response',
  'cooperationRequests.providedAt',
  'outcomes',
  'outcomes.outcomeId',
  'outcomes.kind',
  'outcomes.title',
  'outcomes.description',
  'outcomes.unitId',
  'outcomes.recordedAt',
  'countersigns',
  'countersigns.*',
  'countersigns.*.comment',
  'countersigns.*.countersignedAt',
  'completionReport',
  'completionReport.summary',
  'completionReport.outcomeIds',
  'completionReport.reportedAt',
  'completionReturns',
  'completionReturns.reason',
  'completionReturns.returnedAt',
  'acceptance',
  'acceptance.comment',
  'acceptance.acceptedAt',
  'completedAt',
  'rating',
  'rating.rating',
  'rating.ratedAt',
  'lookBackReviews',
  'lookBackReviews.reviewId',
  'lookBackReviews.findings',
  'lookBackReviews.openedAt',
  'lookBackReviews.rectifications',
  'lookBackReviews.rectifications.summary',
  'lookBackReviews.rectifications.reportedAt',
  'lookBackReviews.conclusion',
  'lookBackReviews.closedAt',
  'suspendedFrom',
  'cancellation',
  'cancellation.reason',
  'cancellation.cancelledAt',
  'updatedAt',
] as const;

const TASK_SHAPES = {
  1: SHAPE_1,
  // Evidence files (佐证材料) that acts attached.
  2: [
    ...SHAPE_1,
    'evidenceFiles',
    'evidenceFiles.sha256',
    'evidenceFiles.name',
    'evidenceFiles.mediaType',
    'evidenceFiles.size',
    'evidenceFiles.attachedBy',
    'evidenceFiles.attachedAt',
  ],
} as const;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type RecordedShape = (typeof TASK_SHAPES)[typeof TASK_STATE_VERSION][number];
/** Fails to compile (and so `npm run typecheck` and this spec fail) when Task's shape is not the one recorded for TASK_STATE_VERSION. */
const shapeMatchesItsVersion: Equal<Paths<Task>, RecordedShape> = true;

describe('the stored Task shape', () => {
  it('is the shape recorded for the current TASK_STATE_VERSION (checked by the compiler)', () => {
    expect(shapeMatchesItsVersion).toBe(true);
    expect(Object.keys(TASK_SHAPES).map(Number)).toContain(TASK_STATE_VERSION);
  });

  it('is recorded once per version: a new shape takes a new number', () => {
    const shapes = Object.values(TASK_SHAPES).map((paths) => [...paths].sort().join(','));
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
