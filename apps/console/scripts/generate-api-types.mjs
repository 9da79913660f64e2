#!/usr/bin/env node
/**
 * The console's API types, generated from the OpenAPI document the API serves, so the console and the
 * API cannot drift: `npm run console:api` (the API running, `npm start`) rewrites src/api/schema.d.ts;
 * test/console/api-types.e2e-spec.ts fails when the committed file differs from what the running API's
 * document gives, and the console's type check fails when it uses what the document no longer has.
 *
 *   node apps/console/scripts/generate-api-types.mjs [--from <url or file>] [--out <file>]
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const HEADER =
  "/* Generated from the API's OpenAPI document by apps/console/scripts/generate-api-types.mjs (npm run console:api). Do not edit. */\n";

export async function generate(document) {
  return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const from = option('--from', `http://127.0.0.1:${process.env.PORT ?? 3000}/api/docs-json`);
  const out = option('--out', SCHEMA_FILE);
  const text = /^https?:/.test(from) ? await (await fetch(from)).text() : await readFile(from, 'utf8');
  const types = await generate(JSON.parse(text));
  if (out === '-') process.stdout.write(types);
  else await writeFile(out, types);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
