/** The demo programme is made through the command handlers, at varied stages, and only once. */
import { hashEvent, GENESIS_HASH, type RecordedEvent } from '@app/event-store';
import { seedDemoData } from '../apps/api/src/demo/seed-demo-data';
import { demoStories } from '../apps/api/src/demo/demo-tasks';
import { startTestApp, type TestApp } from './support/test-app';

describe('the demo data set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('creates the programme and at least 15 tasks from the source, then adds nothing on a second run', async () => {
    const first = await seedDemoData(app.app);
    expect(first.appendedEvents).toBeGreaterThan(100);
    const second = await seedDemoData(app.app);
    expect(second).toEqual({ commands: first.commands, appendedEvents: 0 });
  });

  it('leaves the tasks at varied stages of the lifecycle, each with a sound hash chain', async () => {
    const lastTypes = new Set<string>();
    const stories = demoStories();
    expect(stories.length).toBeGreaterThanOrEqual(15);
    for (const story of stories) {
      const events = await app.readStream(`task-${story.task.taskId}`);
      expect(events).toHaveLength(story.acts.length);
      expectSoundChain(events);
      lastTypes.add(events[events.length - 1].type);
    }
    for (const type of ['TaskIssued', 'TaskAcknowledged', 'TaskRated', 'CompletionReported', 'RectificationReported', 'TaskSuspended', 'TaskCancelled', 'ProgressReported']) {
      expect(lastTypes).toContain(type);
    }
  });

  it('dates the acts in 2022, as in the source', async () => {
    const [issued] = await app.readStream('task-spp-2022-2022-01');
    expect(issued.metadata.occurredAt).toBe('2022-02-08T02:00:00.000Z');
    expect(issued.data).toMatchObject({ title: '规范推进未成年人检察业务统一集中办理' });
  });
});

function expectSoundChain(events: RecordedEvent[]): void {
  let prevHash = GENESIS_HASH;
  for (const event of events) {
    expect(event.metadata.prevHash).toBe(prevHash);
    expect(hashEvent(event)).toBe(event.metadata.hash);
    prevHash = String(event.metadata.hash);
  }
}
