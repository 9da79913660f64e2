import { DeciderSpecification } from '@app/testing';
import { InvalidCommand } from '../../src/kernel/domain-errors';
import { taskDecider } from '../../src/task/task.decider';
import { evolveTask } from '../../src/task/task.evolve';
import { initialTaskState, type Task } from '../../src/task/task.state';
import type { TaskCommand } from '../../src/task/task.commands';
import type { TaskEvent } from '../../src/task/task.events';
import { AT, CO_UNIT, LEAD_UNIT, as, e, history } from './task.fixtures';

const spec = DeciderSpecification.for(taskDecider);
const PDF = { sha256: 'a'.repeat(64), name: '完成情况报告.pdf', mediaType: 'application/pdf', size: 2048 };
const PHOTO = { sha256: 'b'.repeat(64), name: '现场照片.jpg', mediaType: 'image/jpeg', size: 90_000 };

const completion = (attachments: unknown): TaskCommand => ({
  type: 'ReportCompletion',
  data: { summary: '已在全国推开', attachments } as never,
});

describe('evidence files (佐证材料) on the acts that report work', () => {
  it('a completion report records the files it carries', () => {
    spec
      .given(history.countersignedByAll())
      .when(completion([PDF]), as(LEAD_UNIT))
      .then([
        {
          type: 'CompletionReported',
          data: { summary: '已在全国推开', outcomeIds: [], reportedAt: AT, attachments: [PDF] },
        },
      ]);
  });

  it('a progress report, an outcome and a rectification carry files too', () => {
    spec
      .given(history.inProgress())
      .when({ type: 'ReportProgress', data: { summary: '已起草', percent: 40, attachments: [PHOTO] } }, as(CO_UNIT))
      .then([
        {
          type: 'ProgressReported',
          data: {
            summary: '已起草',
            percent: 40,
            answersUrgeId: null,
            reportedBy: { kind: 'co_unit', id: 'dept-1' },
            reportedAt: AT,
            attachments: [PHOTO],
          },
        },
      ]);
    spec
      .given(history.inProgress())
      .when(
        { type: 'RecordOutcome', data: { outcomeId: 'o9', kind: 'report', title: '调研报告', attachments: [PDF] } },
        as(LEAD_UNIT),
      )
      .then([
        {
          type: 'OutcomeRecorded',
          data: {
            outcomeId: 'o9',
            kind: 'report',
            title: '调研报告',
            description: null,
            unitId: 'dept-9',
            recordedAt: AT,
            attachments: [PDF],
          },
        },
      ]);
    spec
      .given(history.underReview())
      .when({ type: 'ReportRectification', data: { summary: '已逐项整改', attachments: [PDF, PHOTO] } }, as(LEAD_UNIT))
      .then([
        {
          type: 'RectificationReported',
          data: { reviewId: 'r1', summary: '已逐项整改', reportedAt: AT, attachments: [PDF, PHOTO] },
        },
      ]);
  });

  it('an act without files reads as it always did: no attachments field at all', () => {
    spec.given(history.countersignedByAll()).when(completion([]), as(LEAD_UNIT)).then([e.completionReported()]);
  });

  it.each([
    ['not a list', { file: PDF }, 'attachments'],
    ['a bad hash', [{ ...PDF, sha256: 'A'.repeat(64) }], 'attachments[0].sha256'],
    ['a name too long', [{ ...PDF, name: `${'报'.repeat(256)}.pdf` }], 'attachments[0].name'],
    ['an empty name', [{ ...PDF, name: ' ' }], 'attachments[0].name'],
    ['a media type that is none', [{ ...PDF, mediaType: 'pdf' }], 'attachments[0].mediaType'],
    ['an empty file', [{ ...PDF, size: 0 }], 'attachments[0].size'],
    ['a fractional size', [{ ...PDF, size: 1.5 }], 'attachments[0].size'],
    ['the same file twice', [PDF, { ...PDF, name: '副本.pdf' }], 'attachments'],
    [
      'more than twenty files',
      Array.from({ length: 21 }, (_, i) => ({ ...PDF, sha256: i.toString(16).padStart(64, '0') })),
      'attachments',
    ],
  ])('refuses %s, naming the field', (_, attachments, field) => {
    const error = spec
      .given(history.countersignedByAll())
      .when(completion(attachments), as(LEAD_UNIT))
      .thenThrows(InvalidCommand, 'INVALID_ATTACHMENTS');
    expect(error.details).toEqual({ field });
  });

  it('the task lists every file attached, with the act and the time, in log order', () => {
    const events: TaskEvent[] = [
      ...history.inProgress(),
      {
        type: 'ProgressReported',
        data: {
          summary: '已起草',
          percent: 40,
          answersUrgeId: null,
          reportedBy: { kind: 'lead_unit', id: 'dept-9' },
          reportedAt: '2022-05-01T02:00:00.000Z',
          attachments: [PHOTO],
        },
      },
      {
        type: 'CompletionReported',
        data: { summary: '已完成', outcomeIds: [], reportedAt: '2022-06-01T02:00:00.000Z', attachments: [PDF] },
      },
    ];
    const task = events.reduce(evolveTask, initialTaskState()) as Task;
    expect(task.evidenceFiles).toEqual([
      { ...PHOTO, attachedBy: 'ProgressReported', attachedAt: '2022-05-01T02:00:00.000Z' },
      { ...PDF, attachedBy: 'CompletionReported', attachedAt: '2022-06-01T02:00:00.000Z' },
    ]);
  });

  it('a state stored before evidence files existed takes its first file all the same', () => {
    const stored = history.inProgress().reduce(evolveTask, initialTaskState()) as Task;
    const { evidenceFiles: _, ...older } = stored;
    const task = evolveTask(older as Task, {
      type: 'CompletionReported',
      data: { summary: '已完成', outcomeIds: [], reportedAt: AT, attachments: [PDF] },
    }) as Task;
    expect(task.evidenceFiles).toEqual([{ ...PDF, attachedBy: 'CompletionReported', attachedAt: AT }]);
  });
});
