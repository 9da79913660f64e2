import type { TaskEvent } from '@app/supervision';
import { timelineSentence } from '../../src/task-timeline/timeline-sentence';

const PDF = { sha256: 'a'.repeat(64), name: '完成情况报告.pdf', mediaType: 'application/pdf', size: 2048 };

describe('the timeline names the evidence files an act carried', () => {
  it('after the act’s own sentence, with how many and their names', () => {
    const event: TaskEvent = {
      type: 'CompletionReported',
      data: {
        summary: '已完成',
        outcomeIds: [],
        reportedAt: '2026-03-02T01:00:00.000Z',
        attachments: [PDF, { ...PDF, sha256: 'b'.repeat(64), name: '附件二.docx' }],
      },
    };
    const withoutFiles: TaskEvent = {
      type: 'CompletionReported',
      data: { summary: '已完成', outcomeIds: [], reportedAt: '2026-03-02T01:00:00.000Z' },
    };
    expect(timelineSentence(event)).toEqual([
      ...timelineSentence(withoutFiles),
      '（附佐证材料 2 份：完成情况报告.pdf、附件二.docx）',
    ]);
  });
});
