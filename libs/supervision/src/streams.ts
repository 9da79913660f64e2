/** Stream ids: one function per aggregate, so every caller names a stream the same way. */
export const PROGRAMME_STREAM_PREFIX = 'programme-';
export const TASK_STREAM_PREFIX = 'task-';
export const DIRECTORY_STREAM_ID = 'directory';

/** Every stream this domain writes starts with one of these (the directory is a single stream). */
export const SUPERVISION_STREAM_PREFIXES = [PROGRAMME_STREAM_PREFIX, TASK_STREAM_PREFIX, DIRECTORY_STREAM_ID] as const;

export function programmeStreamId(programmeId: string): string {
  return PROGRAMME_STREAM_PREFIX + programmeId;
}

export function taskStreamId(taskId: string): string {
  return TASK_STREAM_PREFIX + taskId;
}
