/**
 * PostgreSQL refuses to run as root, so as root (our machines and CI) the server runs as a `postgres`
 * user, made on first need. That user must be able to reach every file the server uses: both the
 * data folder and the binaries.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error';

export const SERVER_USER = 'postgres';

export interface ServerAccount {
  readonly uid: number;
  readonly gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The folder on the way to `path` that others may not enter (as root only: otherwise the server runs as us). */
export function folderClosedToServer(path: string): string | undefined {
  if (!runningAsRoot()) return undefined;
  return ancestorsOf(resolve(path)).find((dir) => existsSync(dir) && (statSync(dir).mode & 0o001) === 0);
}

function ancestorsOf(dir: string): string[] {
  const parent = dirname(dir);
  return parent === dir ? [] : [...ancestorsOf(parent), parent];
}

/** undefined when not root: the server then runs as this process's user. */
export function serverAccount(): ServerAccount | undefined {
  if (!runningAsRoot()) return undefined;
  const found = lookUp();
  if (found) return found;
  try {
    execFileSync('groupadd', ['--force', SERVER_USER], { stdio: 'pipe' });
    execFileSync('useradd', ['--gid', SERVER_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER], {
      stdio: 'pipe',
    });
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new EmbeddedPostgresError(
      `cannot create the "${SERVER_USER}" user PostgreSQL must run as when started by root (${said})`,
      `create that user yourself, run as another user, or set DATABASE_URL to a server of your own`,
    );
  }
  const made = lookUp();
  if (!made)
    throw new EmbeddedPostgresError(
      `the "${SERVER_USER}" user was created but cannot be found`,
      'check /etc/passwd, or set DATABASE_URL to a server of your own',
    );
  return made;
}

function lookUp(): ServerAccount | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', SERVER_USER], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', SERVER_USER], { stdio: 'pipe' }).toString().trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}
