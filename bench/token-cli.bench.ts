/**
 * How long `npm run -s token -- <user>` takes once its build is current (the target: well under a
 * second): the whole command as a shell runs it, and its two steps alone (the staleness check, the
 * signing process). BENCH_RUNS changes the number of runs of each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure, heading, runBench } from './support/bench-report';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
// Compiled to dist/bench: the checkout is two folders up.
const ROOT = join(__dirname, '..', '..');

runBench(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-token-'));
  const env = { ...process.env, DATA_DIR: dataDir };
  const steps: Array<[string, string, string[]]> = [
    ['npm run -s token -- supervisor', 'npm', ['run', '-s', 'token', '--', 'supervisor']],
    [
      '  without npm: node scripts/build-if-stale.js …',
      process.execPath,
      [join(ROOT, 'scripts', 'build-if-stale.js'), '.build/cli', 'apps/api/src/cli/token.js', 'supervisor'],
    ],
    ['  the staleness check alone', process.execPath, [join(ROOT, 'scripts', 'build-if-stale.js'), '.build/cli']],
    [
      '  the token process alone (.build/cli/…/token.js)',
      process.execPath,
      [join(ROOT, '.build', 'cli', 'apps', 'api', 'src', 'cli', 'token.js'), 'supervisor'],
    ],
  ];
  try {
    heading(`token command, build current: ${RUNS} runs each (median / slowest)`);
    // The first call builds .build/cli when a source is newer: not what is measured.
    spawnOk('npm', ['run', '-s', 'token', '--', 'supervisor'], env);
    for (const [label, command, args] of steps) {
      const times = Array.from({ length: RUNS }, () => {
        const started = performance.now();
        spawnOk(command, args, env);
        return performance.now() - started;
      }).sort((a, b) => a - b);
      figure(
        label,
        `${Math.round(times[Math.floor(times.length / 2)])} / ${Math.round(times[times.length - 1])}`,
        'ms',
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

function spawnOk(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
}
