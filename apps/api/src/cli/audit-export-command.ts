/**
 * `npm run audit:export -- --from … --to … --format ndjson|csv [--out file]`: a self-describing
 * export of a slice of the log (manifest first, every event with its hashes), which
 * `npm run audit:verify -- --file` checks later with no database.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import {
  FolderEvidenceStore,
  evidenceFolderOf,
  loadEvidenceStoreSettings,
  evidenceReferencesIn,
  type EvidenceReference,
} from '@app/evidence';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { FILTER_FIELDS, InvalidAuditQuery, parseAuditFilter, prepareExport, verifyExport } from '@app/audit';
import {
  EXIT_BROKEN,
  EXIT_OK,
  EXIT_USAGE,
  ledgerHashAlgorithm,
  openEventStore,
  openEvidenceStore,
  type CliIo,
} from './audit-cli-support';
import { progressReporter } from './audit-progress';
import { loadAppConfig } from '@app/runtime';
import { resolveLedgerSigner } from '../runtime/ledger-signing-key';

const USAGE =
  'usage: npm run -s audit:export -- [--format ndjson|csv] [--out <file>] [--from <ISO time>] [--to <ISO time>]\n' +
  '       [--from-position <commit-prepare>] [--to-position <commit-prepare>] [--stream <id>] [--type <T1,T2>] [--actor <user id>]\n' +
  '       [--with-files]   (with --out: the evidence files the exported events record, in <out>.files/<sha256>)\n';

export async function runAuditExport(argv: readonly string[], io: CliIo): Promise<number> {
  const options = {
    format: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'from-position': { type: 'string' },
    'to-position': { type: 'string' },
    stream: { type: 'string' },
    type: { type: 'string' },
    actor: { type: 'string' },
    'with-files': { type: 'boolean' },
    help: { type: 'boolean' },
  } as const;
  let values: Record<string, string | boolean | undefined>;
  let filter;
  try {
    ({ values } = parseArgs({ args: [...argv], options }));
    filter = parseAuditFilter({
      from: values.from,
      to: values.to,
      fromPosition: values['from-position'],
      toPosition: values['to-position'],
      stream: values.stream,
      type: values.type,
      actor: values.actor,
    } satisfies Record<(typeof FILTER_FIELDS)[number], unknown>);
  } catch (error) {
    io.stderr.write(
      `${error instanceof InvalidAuditQuery ? `--${error.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${error.message.replace(/^\w+: /, '')}` : (error as Error).message}\n${USAGE}`,
    );
    return EXIT_USAGE;
  }
  if (values.help) return (void io.stderr.write(USAGE), EXIT_OK);
  const format = (values.format as string | undefined) ?? 'ndjson';
  if (format !== 'ndjson' && format !== 'csv') {
    io.stderr.write(`--format must be ndjson or csv\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values['with-files'] && typeof values.out !== 'string') {
    io.stderr.write(`--with-files writes the files beside the export: give --out <file>\n${USAGE}`);
    return EXIT_USAGE;
  }
  // The ledger's key, as the API resolves it: the manifest is signed like the API's exports.
  const signer = resolveLedgerSigner(loadAppConfig(io.env));
  const { store, postgresUrl, close } = await openEventStore(io);
  const out = typeof values.out === 'string' ? createWriteStream(values.out) : io.stdout;
  try {
    const prepared = await prepareExport(store, {
      filter,
      format,
      exportedAt: new Date(),
      signer,
      hashAlgorithm: await ledgerHashAlgorithm(store, postgresUrl),
    });
    const progress = progressReporter(io, 'exported', { total: prepared.manifest.count });
    let written = 0;
    let preamble = true;
    for await (const chunk of prepared.chunks) {
      if (!out.write(chunk)) await once(out, 'drain');
      // The first chunk is the manifest (and the CSV header): no events in it.
      if (!preamble) written += countRecords(chunk, format);
      preamble = false;
      progress.update(written);
    }
    progress.done(prepared.manifest.count);
    if (out !== io.stdout) {
      (out as NodeJS.WritableStream).end();
      await once(out, 'finish');
    }
    io.stderr.write(
      `manifest: ${prepared.manifest.count} events up to ${prepared.manifest.range.toPosition}, log digest ${prepared.manifest.logDigest.digest}, signed by key ${signer.keyId}\n`,
    );
    if (values['with-files']) return await copyEvidenceFiles(values.out as string, postgresUrl, io);
    return EXIT_OK;
  } finally {
    await close();
  }
}

/**
 * The files the exported events record, read back from the export just written (so exactly those),
 * copied from the ledger's store into <out>.files/, each named by its SHA-256. A file the store lacks
 * is named and the command fails: the export itself is complete, its folder is not.
 */
async function copyEvidenceFiles(out: string, postgresUrl: string | undefined, io: CliIo): Promise<number> {
  if (!postgresUrl) {
    io.stderr.write(
      '--with-files: the evidence files are in PostgreSQL, which this configuration does not name (DATABASE_URL)\n',
    );
    return EXIT_USAGE;
  }
  const references: EvidenceReference[] = [];
  await verifyExport(createReadStream(out, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>, {
    onEvent: (event) => references.push(...evidenceReferencesIn(event)),
  });
  let settings;
  try {
    settings = loadEvidenceStoreSettings(io.env);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  const { store: source, close } = openEvidenceStore(settings, postgresUrl);
  const folder = new FolderEvidenceStore(evidenceFolderOf(out));
  const missing: EvidenceReference[] = [];
  let copied = 0;
  try {
    for (const sha256 of new Set(references.map((ref) => ref.sha256))) {
      const file = await source.read(sha256);
      if (!file) missing.push(...references.filter((ref) => ref.sha256 === sha256));
      else {
        await folder.put(file.bytes, file.mediaType);
        copied++;
      }
    }
  } finally {
    await close();
  }
  io.stderr.write(
    `evidence files: ${copied} written to ${folder.folder}${missing.length ? `; ${missing.length} missing from the store:` : ''}\n`,
  );
  for (const ref of missing)
    io.stderr.write(
      `  MISSING ${ref.name} (${ref.sha256}) recorded by ${ref.eventType} at ${ref.streamId}@${ref.revision}\n`,
    );
  return missing.length === 0 ? EXIT_OK : EXIT_BROKEN;
}

/** Events in a chunk, for the progress line only (a CSV record may hold line breaks: close enough). */
function countRecords(chunk: string, format: string): number {
  let count = 0;
  const end = format === 'csv' ? '\r\n' : '\n';
  for (let i = chunk.indexOf(end); i >= 0; i = chunk.indexOf(end, i + 1)) count++;
  return count;
}
