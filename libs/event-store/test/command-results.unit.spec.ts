/** The command ids a kept fold answers retries from: every one kept, fold after fold, and no fold changed by a later one. */
import { START } from '../src/event-store.port';
import { CommandResults, type EarlierResult } from '../src/stream-states';

describe('the command results of a kept fold', () => {
  it('answers every command id of the stream after many more folds than it keeps as layers', () => {
    // Given a stream folded after each of 200 commands.
    let results = CommandResults.NONE;
    for (let revision = 0; revision < 200; revision++)
      results = results.with(appended(`command-${revision}`, revision));

    // Then each command's first result is answered, and an unknown id is not.
    for (let revision = 0; revision < 200; revision++) expect(results.get(`command-${revision}`)).toEqual(at(revision));
    expect(results.get('command-200')).toBeUndefined();
  });

  it('keeps a look-up short however long the stream: at most log2 of its command count layers, plus one', () => {
    // Given a stream folded after each of 1,000 commands.
    let results = CommandResults.NONE;
    for (let revision = 0; revision < 1000; revision++) {
      results = results.with(appended(`command-${revision}`, revision));
      // Then after each fold a look-up consults at most log2(n) + 1 maps.
      expect(results.layers).toBeLessThanOrEqual(Math.floor(Math.log2(revision + 1)) + 1);
    }
  });

  it('leaves a fold kept earlier as it was: it knows nothing of the commands after it', () => {
    // Given the fold after the 40th command, and folds after it past a merge of the layers.
    let results = CommandResults.NONE;
    for (let revision = 0; revision < 40; revision++) results = results.with(appended(`command-${revision}`, revision));
    const earlier = results;
    for (let revision = 40; revision < 100; revision++)
      results = results.with(appended(`command-${revision}`, revision));

    // Then the earlier fold still answers its own commands and none of the later ones.
    expect(earlier.get('command-39')).toEqual(at(39));
    expect(earlier.get('command-40')).toBeUndefined();
    expect(results.get('command-99')).toEqual(at(99));
  });

  it('answers the later result of an id laid over again, also once the layers are merged', () => {
    // Given an id's result, other folds, then the same id with a later result.
    let results = CommandResults.NONE.with(appended('command-x', 1));
    for (let revision = 2; revision < 20; revision++) results = results.with(appended(`command-${revision}`, revision));
    results = results.with(appended('command-x', 20));
    expect(results.get('command-x')).toEqual(at(20));

    // When enough folds follow for the layers to be merged into one.
    for (let revision = 21; revision < 80; revision++)
      results = results.with(appended(`command-${revision}`, revision));

    // Then the later result still answers.
    expect(results.get('command-x')).toEqual(at(20));
    expect(results.get('command-2')).toEqual(at(2));
  });
});

const at = (revision: number): EarlierResult => ({ revision: BigInt(revision), position: START });
const appended = (commandId: string, revision: number) => new Map([[commandId, at(revision)]]);
