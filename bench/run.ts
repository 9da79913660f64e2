/**
 * `npm run bench`: runs every compiled benchmark (dist/bench/*.bench.js) in turn, each in its own
 * child process (so one's memory and handles cannot colour the next), printing its figures.
 * `npm run bench -- audit-verify` runs only those whose name contains the words given.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const benches = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.js'))
    .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
    .sort();
  if (benches.length === 0)
    throw new Error(`no benchmark in ${__dirname}${only.length ? ` matching ${only.join(', ')}` : ''}`);
  const failed: string[] = [];
  for (const name of benches) {
    process.stdout.write(`\n=== ${name.replace(/\.bench\.js$/, '')} (${new Date().toISOString()}) ===\n`);
    const started = Date.now();
    const code = await new Promise<number>((resolve) => {
      // --expose-gc lets a benchmark take its memory baseline after a collection.
      const child = spawn(process.execPath, ['--expose-gc', join(__dirname, name)], {
        stdio: 'inherit',
        env: process.env,
      });
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
    process.stdout.write(
      `--- ${name}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    if (code !== 0) failed.push(name);
  }
  if (failed.length > 0) {
    process.stderr.write(`failed: ${failed.join(', ')}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
