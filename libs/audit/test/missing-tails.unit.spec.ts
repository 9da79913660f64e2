import { missingTailBreaks, withMissingTails } from '../src/missing-tails';
import type { VerificationReport } from '../src/verify-log';

const intact: VerificationReport = {
  ok: true,
  eventsChecked: 3,
  streamsChecked: 1,
  firstBreak: null,
  breaks: [],
  chainVersions: { '2': 1 },
  streamChainVersions: { 'task-1': '2' },
  head: { algorithm: 'sha256-rolling-v1', position: '1-3', count: 3, digest: 'a'.repeat(64) },
  digestCheck: null,
  evidenceFiles: null,
  elapsedMs: 1,
};

describe('a stream recorded beyond its last stored event', () => {
  it('is named as a missing tail, with the revisions that are gone', () => {
    const [one, two] = missingTailBreaks([
      { stream_id: 'task-a', recorded: '3', stored: '2' },
      { stream_id: 'task-b', recorded: '4', stored: '-1' },
    ]);
    expect(one).toMatchObject({
      kind: 'missing_tail',
      streamId: 'task-a',
      revision: 3,
      position: null,
      eventId: null,
      expected: 'revisions up to 3',
      found: 'revisions up to 2',
      message: expect.stringContaining('revision 3 of task-a is missing (deleted)'),
    });
    expect(two.message).toContain('revisions 0 to 4 of task-b are missing');
  });

  it('makes an intact report broken, first break included, and leaves it alone when there is none', () => {
    const tails = missingTailBreaks([{ stream_id: 'task-a', recorded: '3', stored: '2' }]);
    expect(withMissingTails(intact, tails)).toMatchObject({ ok: false, firstBreak: tails[0], breaks: tails });
    expect(withMissingTails(intact, [])).toBe(intact);
  });
});
