import type { Checkpoint, ProjectionAdmin } from '@app/projector';
import { ReadModelPositionsFeed } from '../../src/read-model-events/read-model-positions.feed';

/** An admin answering for these read models, of which only some have committed a batch. */
function adminWith(names: string[], committed: Record<string, { commit: bigint; prepare: bigint }>): ProjectionAdmin {
  const checkpoints = new Map<string, Checkpoint>(
    Object.entries(committed).map(([name, position]) => [
      name,
      { name, position, generation: 0, schemaVersion: 1, updatedAt: new Date() },
    ]),
  );
  return { projectionNames: names, checkpoints: async () => checkpoints } as unknown as ProjectionAdmin;
}

describe('the read models’ positions', () => {
  it('given a read model whose first batch has not committed yet, lists it at the start of the log beside the others', async () => {
    const feed = new ReadModelPositionsFeed(
      adminWith(['task-board', 'organisation'], { 'task-board': { commit: 812n, prepare: 45n } }),
    );

    expect(await feed.now()).toEqual({ organisation: '0-0', 'task-board': '812-45' });
  });
});
