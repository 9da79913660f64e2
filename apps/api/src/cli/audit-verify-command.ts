/**
 * `npm run audit:verify`: recompute every stream's hash chain in the log and name the first broken
 * link; with --digest and --position, prove the log up to that position unchanged; with --file,
 * check an export with no database at all (and a kept digest against it, when the export is the
 * whole log up to that position). Exit 0 intact, 1 broken, 2 usage.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { existsSync } from 'node:fs';
import {
  FolderEvidenceStore,
  checkEvidenceFiles,
  loadEvidenceStoreSettings,
  evidenceFolderOf,
  evidenceReferencesIn,
  type EvidenceFilesReport,
  type EvidenceReference,
} from '@app/evidence';
import {
  MISSING_TAILS_SQL,
  RECORDED_EVENT_COUNT_SQL,
  checkExportDigest,
  isDigestText,
  missingTailBreaks,
  readAuditLog,
  verifyExport,
  recordedEventCount,
  verifyLog,
  withMissingTails,
  type ChainBreak,
  type DigestCheck,
  type DigestClaim,
  type MissingTailRow,
  type VerificationReport,
  type ExportVerification,
  type LedgerSeal,
  checkSeal,
  keyIdOf,
  parseSeal,
  sealClaim,
} from '@app/audit';
import { parsePosition } from '@app/event-store';
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

const USAGE =
  'usage: npm run audit:verify -- [--digest <hex> --position <commit-prepare> | --seal <seal.json|witness file>] [--file <export.ndjson|export.csv>]\n' +
  '       [--public-key <the ledger’s public key, PEM>] [--json]\n';

export async function runAuditVerify(argv: readonly string[], io: CliIo): Promise<number> {
  let values: {
    digest?: string;
    position?: string;
    seal?: string;
    file?: string;
    'public-key'?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        digest: { type: 'string' },
        position: { type: 'string' },
        seal: { type: 'string' },
        file: { type: 'string' },
        'public-key': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) return (void io.stderr.write(USAGE), EXIT_OK);
  const position = values.position !== undefined ? parsePosition(values.position) : undefined;
  if (
    (values.digest === undefined) !== (values.position === undefined) ||
    (values.digest !== undefined && !isDigestText(values.digest)) ||
    (values.position !== undefined && !position)
  ) {
    io.stderr.write(`--digest (64 hex characters) and --position (<commit>-<prepare>) go together\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.seal !== undefined && values.digest !== undefined) {
    io.stderr.write(`--seal gives the digest and position itself: not with --digest\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values['public-key'] !== undefined && !values.file && values.seal === undefined) {
    io.stderr.write(`--public-key checks the signature of an export (--file) or a seal (--seal): give one\n${USAGE}`);
    return EXIT_USAGE;
  }
  let publicKeyPem: string | undefined;
  if (values['public-key'] !== undefined) {
    const read = readPublicKey(values['public-key']);
    if ('error' in read) {
      io.stderr.write(`--public-key ${values['public-key']}: ${read.error}\n${USAGE}`);
      return EXIT_USAGE;
    }
    publicKeyPem = read.pem;
  }
  let claim: DigestClaim | undefined = values.digest && position ? { digest: values.digest, position } : undefined;
  if (values.seal !== undefined) {
    const read = readLatestSeal(values.seal);
    if ('error' in read) {
      io.stderr.write(`--seal ${values.seal}: ${read.error}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (publicKeyPem === undefined)
      io.stderr.write(`the seal's signature is not checked: give --public-key with the ledger's public key\n`);
    else {
      const signed = checkSeal(read.seal, publicKeyPem);
      if (!signed.ok) {
        io.stdout.write(`SEAL NOT THE LEDGER'S: ${signed.reason}\n`);
        return EXIT_BROKEN;
      }
      io.stdout.write(
        `seal at ${read.seal.position} (${read.seal.count} events, sealed ${read.seal.sealedAt}) signed by the key given (${signed.keyId})\n`,
      );
    }
    claim = sealClaim(read.seal);
  }
  if (values.file) return verifyFile(values.file, values.json === true, claim, publicKeyPem, io);
  let evidenceSettings;
  try {
    evidenceSettings = loadEvidenceStoreSettings(io.env);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  const { store, postgresUrl, close } = await openEventStore(io);
  try {
    const head = await store.headPosition();
    // The total is known only on PostgreSQL; on EventStoreDB the bar is a counter with its rate.
    const total = postgresUrl
      ? recordedEventCount(await queryRows<{ count: string }>(postgresUrl, RECORDED_EVENT_COUNT_SQL))
      : undefined;
    const progress = progressReporter(io, 'verified', { total });
    // The evidence files' rows are in the same PostgreSQL database, their bytes there or in the bucket
    // EVIDENCE_STORE names: each is checked against its recorded hash.
    const files = postgresUrl ? openEvidenceStore(evidenceSettings, postgresUrl) : undefined;
    const evidence = files?.store;
    const hashAlgorithm = await ledgerHashAlgorithm(store, postgresUrl);
    const chains = await verifyLog(readAuditLog(store, { toPosition: head }, 2000), {
      claim,
      hashAlgorithm,
      onProgress: (n) => progress.update(n),
      ...(evidence ? { evidence } : {}),
    }).finally(() => files?.close());
    const report = withMissingTails(
      chains,
      postgresUrl ? missingTailBreaks(await queryRows<MissingTailRow>(postgresUrl, MISSING_TAILS_SQL)) : [],
    );
    progress.done(report.eventsChecked);
    if (values.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else {
      io.stdout.write(
        report.firstBreak
          ? describeBreak(report.firstBreak, report.breaks.length)
          : `hash chains intact: ${report.eventsChecked} events in ${report.streamsChecked} streams\n`,
      );
      io.stdout.write(`chain versions: ${describeChainVersions(report.chainVersions)}\n`);
      if (report.digestCheck) io.stdout.write(describeDigestCheck(report.digestCheck, 'the log now gives'));
      if (report.evidenceFiles) io.stdout.write(describeEvidenceFiles(report.evidenceFiles));
      io.stdout.write(
        `log digest now: ${report.head.digest} at ${report.head.position || '(empty)'} (${report.head.count} events)\n`,
      );
    }
    return report.ok ? EXIT_OK : EXIT_BROKEN;
  } finally {
    await close();
  }
}

/** A seal as a witness kept it: a file of one seal, or a witness file of one per line (the latest is last). */
function readLatestSeal(path: string): { seal: LedgerSeal } | { error: string } {
  try {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) return { error: 'holds no seal' };
    // One seal, however it is laid out, or one per line.
    return { seal: parseSeal(lines.length === 1 || !lines[0].trim().endsWith('}') ? text : lines[lines.length - 1]) };
  } catch (error) {
    return { error: `not a seal (${(error as Error).message})` };
  }
}

/** The ledger's public key as GET /api/audit/keys gives it (SPKI PEM). */
function readPublicKey(path: string): { pem: string } | { error: string } {
  try {
    const pem = readFileSync(path, 'utf8');
    keyIdOf(pem);
    return { pem };
  } catch (error) {
    return { error: `not a readable public key in PEM (${(error as Error).message})` };
  }
}

async function verifyFile(
  path: string,
  json: boolean,
  claim: DigestClaim | undefined,
  publicKeyPem: string | undefined,
  io: CliIo,
): Promise<number> {
  const progress = progressReporter(io, `reading ${path}`, { unit: 'bytes', total: (await stat(path)).size });
  let bytes = 0;
  const references: EvidenceReference[] = [];
  const report = await verifyExport(
    (async function* () {
      for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
        bytes += Buffer.byteLength(chunk as string);
        progress.update(bytes);
        yield chunk as string;
      }
    })(),
    { publicKeyPem, onEvent: (event) => references.push(...evidenceReferencesIn(event)) },
  );
  progress.done(bytes);
  // An export made with --with-files has its files beside it: each must hash to what its events record.
  const folder = evidenceFolderOf(path);
  const evidenceFiles = existsSync(folder)
    ? await checkEvidenceFiles(references, new FolderEvidenceStore(folder))
    : null;
  const filesOk = (evidenceFiles?.problems.length ?? 0) === 0;
  const kept = claim && report.manifest ? checkExportDigest(report.manifest, claim) : undefined;
  if (kept && !kept.comparable) {
    // Said before anything else: the digest the auditor asked about was not checked at all.
    io.stderr.write(`cannot check the kept digest against ${path}: ${kept.reason}\n`);
    return EXIT_USAGE;
  }
  const digestCheck = kept?.check ?? null;
  if (json)
    io.stdout.write(
      JSON.stringify(
        { ...report, ok: report.ok && (digestCheck?.matches ?? true) && filesOk, digestCheck, evidenceFiles },
        null,
        2,
      ) + '\n',
    );
  else {
    if (report.ok)
      io.stdout.write(
        `export intact: ${report.eventsChecked} events, log digest ${report.manifest?.logDigest.digest} up to ${report.manifest?.range.toPosition} (${report.manifest?.logDigest.algorithm})\n`,
      );
    else
      io.stdout.write(
        `EXPORT BROKEN (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}):\n${report.problems.map((p) => `  record ${p.record}: ${p.message}`).join('\n')}\n`,
      );
    if (digestCheck) io.stdout.write(describeDigestCheck(digestCheck, 'the export gives'));
    io.stdout.write(describeSignature(report.signature));
    if (evidenceFiles) io.stdout.write(describeEvidenceFiles(evidenceFiles));
    else if (references.length > 0)
      io.stdout.write(
        `evidence files not checked: ${references.length} attachment${references.length === 1 ? '' : 's'} recorded, no ${folder} beside the export (made without --with-files)\n`,
      );
  }
  return report.ok && (digestCheck?.matches ?? true) && filesOk ? EXIT_OK : EXIT_BROKEN;
}

function describeSignature(signature: ExportVerification['signature']): string {
  if (signature.checked) return signature.valid ? `manifest signed by the key given (${signature.keyId})\n` : '';
  return signature.keyId
    ? `manifest signed by key ${signature.keyId} (not checked: give --public-key with the ledger's public key)\n`
    : 'the manifest is not signed\n';
}

function describeDigestCheck(check: DigestCheck, source: string): string {
  return check.matches
    ? `digest at ${check.position} matches (${check.count} events)\n`
    : `DIGEST MISMATCH at ${check.position}: kept ${check.expected}, ${source} ${check.actual}\n`;
}

/** One line when every file is intact; otherwise one line per missing or altered file, naming it and the event that recorded it. */
function describeEvidenceFiles(report: EvidenceFilesReport): string {
  if (report.problems.length === 0)
    return `evidence files intact: ${report.files} file${report.files === 1 ? '' : 's'} (${report.references} attachment${report.references === 1 ? '' : 's'})\n`;
  const lines = report.problems.map(
    (p) =>
      `  ${p.problem === 'missing' ? 'MISSING' : 'ALTERED'} ${p.name} (${p.sha256}${p.actualSha256 ? `, the stored bytes hash to ${p.actualSha256}` : ''}) recorded by ${p.eventType} at ${p.streamId}@${p.revision}, position ${p.position}`,
  );
  return `EVIDENCE FILES BROKEN (${report.problems.length} of ${report.references} attachments):\n${lines.join('\n')}\n`;
}

async function queryRows<Row extends object>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Streams per chain version, e.g. "2 (every field hashed): 12 streams; 1 (before version 2): 3 streams". */
function describeChainVersions(counts: VerificationReport['chainVersions']): string {
  const names: Record<string, string> = {
    '2': '2 (every field hashed)',
    '1': '1 (written before version 2: id and recorded time not hashed)',
    '1→2': '1→2 (begun under version 1)',
    '3': '3 (every field hashed with SM3)',
  };
  const parts = Object.entries(counts).map(
    ([version, count]) => `${names[version] ?? version}: ${count} stream${count === 1 ? '' : 's'}`,
  );
  return parts.length > 0 ? parts.join('; ') : 'no streams';
}

function describeBreak(first: ChainBreak, count: number): string {
  return `BROKEN: ${first.message}\n  stream ${first.streamId}, revision ${first.revision}, position ${first.position ?? '(gone)'}, event ${first.eventId ?? '(gone)'}\n  expected ${first.expected}\n  found    ${first.found}\n${count > 1 ? `  (${count} breaks in all; --json lists them)\n` : ''}`;
}
