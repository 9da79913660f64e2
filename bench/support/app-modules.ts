/**
 * A compiled module of the code under measurement: this checkout's dist/, or with BENCH_APP_DIR
 * another checkout's (built with `npm run build` there), so old and new code run the same benchmark.
 * `candidates` are tried in turn, for modules that moved between versions.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function appModule<T>(...candidates: string[]): T {
  const dist = process.env.BENCH_APP_DIR
    ? join(resolve(process.env.BENCH_APP_DIR), 'dist')
    : resolve(__dirname, '../..');
  for (const candidate of candidates) {
    const path = join(dist, candidate);
    if (existsSync(path)) return require(path) as T;
  }
  throw new Error(`none of ${candidates.join(', ')} under ${dist}`);
}

export const codeUnderTest = (): string =>
  process.env.BENCH_APP_DIR ? `code of ${process.env.BENCH_APP_DIR}` : 'this checkout';
