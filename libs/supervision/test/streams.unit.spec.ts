import { DIRECTORY_STREAM_ID, SUPERVISION_STREAM_PREFIXES, programmeStreamId, taskStreamId } from '../src/streams';

describe('stream ids', () => {
  it('name each aggregate’s stream by one function', () => {
    expect(programmeStreamId('spp-2022')).toBe('programme-spp-2022');
    expect(taskStreamId('2022-07')).toBe('task-2022-07');
    expect(DIRECTORY_STREAM_ID).toBe('directory');
  });

  it('list the prefixes every supervision stream starts with', () => {
    expect(SUPERVISION_STREAM_PREFIXES).toEqual(['programme-', 'task-', 'directory']);
    for (const id of [programmeStreamId('a'), taskStreamId('b'), DIRECTORY_STREAM_ID])
      expect(SUPERVISION_STREAM_PREFIXES.some((p) => id.startsWith(p))).toBe(true);
  });
});
