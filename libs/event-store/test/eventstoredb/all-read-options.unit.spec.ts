/** What the EventStoreDB adapter asks the server for when it reads `$all`: a filter the server applies, from the right place. */
import { START as ESDB_START } from '@eventstore/db-client';
import { allReadOptions } from '../../src/eventstoredb/all-read-options';

describe('the options of a read of $all', () => {
  it('filter on the stream-name prefixes on the server, with a checkpoint after every search window', () => {
    const { filter } = allReadOptions(undefined, ['task-', 'programme-']);
    expect(filter).toMatchObject({ filterOn: 'streamName', prefixes: ['task-', 'programme-'], checkpointInterval: 1 });
    expect('regex' in filter).toBe(false);
  });

  it('leave only the system events out when no prefix is given', () => {
    for (const prefixes of [undefined, []]) {
      expect(allReadOptions(undefined, prefixes).filter).toMatchObject({
        filterOn: 'eventType',
        regex: '^[^$].*',
        checkpointInterval: 1,
      });
    }
  });

  it('start at the beginning without a position, and at the given one otherwise (the adapter drops that event itself)', () => {
    expect(allReadOptions(undefined, ['task-']).fromPosition).toBe(ESDB_START);
    expect(allReadOptions({ commit: 0n, prepare: 0n }, ['task-']).fromPosition).toBe(ESDB_START);
    expect(allReadOptions({ commit: 120n, prepare: 118n }, ['task-']).fromPosition).toEqual({
      commit: 120n,
      prepare: 118n,
    });
  });

  it('hand the server’s checkpoints to the listener with their position', async () => {
    const seen: unknown[] = [];
    const { filter } = allReadOptions(undefined, ['task-'], (position) => seen.push(position));
    await filter.checkpointReached?.({} as never, { commit: 7n, prepare: 5n });
    expect(seen).toEqual([{ commit: 7n, prepare: 5n }]);
    expect(allReadOptions(undefined, ['task-']).filter.checkpointReached).toBeUndefined();
  });
});
