/**
 * CPU time used by processes, from /proc (Linux; elsewhere it reads nothing): the API process, and the
 * database server with every backend under it. On a shared machine the requests per second follow
 * whatever else runs, while the CPU a request costs each process stays put: how the command path's
 * cost is told apart from the machine's load.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime: 100 on every Linux the project runs on. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  readonly pid: number;
  readonly parent: number;
  readonly cpuMs: number;
}

function stat(pid: number, path = `/proc/${pid}/stat`): ProcStat | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    // The command name (in parentheses) may hold spaces: the fields are counted after its end.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime, and cutime and cstime: the children it has waited for (a backend that ended, once the
    // postmaster reaped it). Without these, a pool closing an idle connection during a round took that
    // backend's whole CPU out of the sum, and the database's CPU per request came out below zero.
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid, parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds used so far by the main thread of `pid` alone (Node's event loop; not its workers, nor libuv's pool). */
export function cpuMsOfMainThread(pid: number | undefined): number {
  if (pid === undefined) return 0;
  return stat(pid, `/proc/${pid}/task/${pid}/stat`)?.cpuMs ?? 0;
}

/** CPU milliseconds used so far by `pid` and every process under it, ended ones included once their parent reaped them. */
export function cpuMsOfTree(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const all = pids.map((name) => stat(Number(name))).filter((entry): entry is ProcStat => entry !== undefined);
  const inTree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of all)
      if (!inTree.has(entry.pid) && inTree.has(entry.parent)) {
        inTree.add(entry.pid);
        grew = true;
      }
  }
  return all.filter((entry) => inTree.has(entry.pid)).reduce((sum, entry) => sum + entry.cpuMs, 0);
}
