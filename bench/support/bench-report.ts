/** How benchmarks print their figures, so `npm run bench` reads the same for every one of them. */
export function figure(label: string, value: number | string, unit = ''): void {
  const shown = typeof value === 'number' ? value.toLocaleString('en', { maximumFractionDigits: 1 }) : value;
  process.stdout.write(`  ${label.padEnd(52)} ${shown}${unit ? ` ${unit}` : ''}\n`);
}

export function heading(text: string): void {
  process.stdout.write(`\n${text}\n`);
}

export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs <= 0 ? 0 : Math.round((count * 1000) / elapsedMs);
}

export const mebibytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Times one async step. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Runs a benchmark's main: prints a failure and sets the exit code instead of throwing into the void. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
