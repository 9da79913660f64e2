import type { TaskEvent } from '@app/supervision';
import { renderSentence, timelineSentence } from '../../src/task-timeline/timeline-sentence';

const NO_NAMES = { units: new Map<string, string>(), officials: new Map<string, string>() };

function planWith(milestones: number): TaskEvent {
  return {
    type: 'WorkPlanSubmitted',
    data: {
      plan: '分三步推进',
      milestones: Array.from({ length: milestones }, (_, index) => ({
        milestoneId: `m${index + 1}`,
        title: `节点${index + 1}`,
        dueOn: '2026-06-30',
      })),
      submittedAt: '2026-03-02T01:00:00.000Z',
    },
  };
}

describe('the timeline tells a submitted work plan', () => {
  it('with how many milestones it set', () => {
    expect(renderSentence(timelineSentence(planWith(2)), NO_NAMES)).toBe('报送工作打算，设 2 个节点：分三步推进');
  });

  it('as setting none when it set no milestone, not as "设 0 个节点"', () => {
    expect(renderSentence(timelineSentence(planWith(0)), NO_NAMES)).toBe('报送工作打算，未设节点：分三步推进');
  });
});
