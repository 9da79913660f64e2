/**
 * Ids an import derives from what it imports, never at random: the task of a code in a programme,
 * the command that issues it, the correlation id of one file into one programme. A retry of the
 * same file after a failure half-way therefore names the same tasks and commands, and the command
 * path appends nothing for those already issued.
 */
import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

const IMPORT_NAMESPACE = '0b8f5c4e-2d7a-4f1e-9c3b-6a5d4e3f2a10';

export function importedTaskId(programmeId: string, code: string): string {
  return `task-${uuidv5(`task\n${programmeId}\n${code}`, IMPORT_NAMESPACE)}`;
}

export function importCommandId(programmeId: string, code: string): string {
  return uuidv5(`issue\n${programmeId}\n${code}`, IMPORT_NAMESPACE);
}

/** The correlation id of every event an upload causes: the same file into the same programme, the same id. */
export function importIdOf(programmeId: string, file: Buffer): string {
  const digest = createHash('sha256').update(file).digest('hex');
  return `import-${uuidv5(`import\n${programmeId}\n${digest}`, IMPORT_NAMESPACE)}`;
}
