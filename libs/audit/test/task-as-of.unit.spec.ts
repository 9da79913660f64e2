import { accepted, acknowledged, issued, recorded } from './audit.fixtures';
import { foldTaskEvents, taskAsOf } from '../src/task-as-of';

// Deadline 2026-03-10: yellow from 03-03 (7 days), red (overdue) from 03-11 Beijing time.
const events = recorded([
  issued('a', '01', '2026-03-10', '2026-03-01T01:00:00Z'),
  acknowledged('a', '2026-03-02T01:00:00Z'),
  accepted('a', '2026-03-12T01:00:00Z'),
]);

describe('a task as of a point', () => {
  it('at each revision equals the fold of the events up to it', async () => {
    for (const [index, event] of events.entries()) {
      const asOf = await taskAsOf('task-a', events, { kind: 'revision', revision: event.revision });
      expect(asOf.state).toEqual(foldTaskEvents(events.slice(0, index + 1)));
      expect(asOf).toMatchObject({ revision: index, eventsReplayed: index + 1, position: `1-${index + 1}` });
    }
  });

  it('at a time takes the events that had happened by then, and the flags of that moment', async () => {
    const before = await taskAsOf('task-a', events, { kind: 'at', at: new Date('2026-03-01T00:00:00Z') });
    expect(before).toMatchObject({ revision: -1, state: { status: 'not_issued' }, flags: { light: 'none' } });
    const yellow = await taskAsOf('task-a', events, { kind: 'at', at: new Date('2026-03-05T01:00:00Z') });
    expect(yellow).toMatchObject({
      revision: 1,
      state: { status: 'acknowledged' },
      flags: { light: 'yellow', overdue: false },
    });
    const overdue = await taskAsOf('task-a', events, { kind: 'at', at: new Date('2026-03-11T01:00:00Z') });
    expect(overdue).toMatchObject({ revision: 1, flags: { light: 'red', overdue: true } });
    const done = await taskAsOf('task-a', events, { kind: 'at', at: new Date('2026-03-12T01:00:00Z') });
    expect(done).toMatchObject({
      revision: 2,
      state: { status: 'completed' },
      flags: { light: 'none', overdue: false },
    });
  });

  it('at a log position stops at it', async () => {
    const asOf = await taskAsOf('task-a', events, { kind: 'position', position: { commit: 1n, prepare: 2n } });
    expect(asOf).toMatchObject({ revision: 1, state: { status: 'acknowledged' }, flagsAt: '2026-03-02T01:00:00.000Z' });
  });
});
