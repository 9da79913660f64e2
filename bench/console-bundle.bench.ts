/**
 * The console's bundle budget: the JavaScript a browser loads before the first page shows (index.html's
 * entry script and the chunks it imports statically) must stay within 300 kB gzipped. The pages are
 * split out (React.lazy) and load on demand; they are listed too. Reads dist/console, which
 * `npm run bench` builds first. Fails (exit 1) over budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultConsoleDir } from '../apps/api/src/console/serve-console';
import { figure, heading, runBench } from './support/bench-report';

const BUDGET_KB = 300;
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

runBench(async () => {
  const folder = defaultConsoleDir();
  const index = readFileSync(join(folder, 'index.html'), 'utf8');
  const entries = [
    ...index.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...index.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(join(folder, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`; dynamic import() chunks load later.
    for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+\.js)["']/g))
      visit(join('assets', match[1].slice(2)));
  };
  for (const entry of entries) visit(entry);
  const gzipped = (file: string) => gzipSync(readFileSync(join(folder, file))).length;
  const initialBytes = [...initial].reduce((sum, file) => sum + gzipped(file), 0);
  const all = readdirSync(join(folder, 'assets')).filter((name) => name.endsWith('.js'));
  heading(`console bundle (dist/console): ${all.length} JavaScript files`);
  figure('initial JavaScript, gzipped', kilobytes(initialBytes), `kB (budget ${BUDGET_KB} kB; ${initial.size} files)`);
  figure('all JavaScript, gzipped', kilobytes(all.reduce((sum, name) => sum + gzipped(join('assets', name)), 0)), 'kB');
  for (const name of all.filter((n) => !initial.has(join('assets', n))).sort())
    figure(`  on demand: ${name}`, kilobytes(gzipped(join('assets', name))), 'kB');
  if (initialBytes > BUDGET_KB * 1024)
    throw new Error(`initial JavaScript is ${kilobytes(initialBytes)} kB gzipped, over the ${BUDGET_KB} kB budget`);
});
