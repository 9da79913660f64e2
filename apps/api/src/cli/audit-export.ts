/** Entry point of `npm run audit:export` (see audit-export-command.ts). */
import 'reflect-metadata';
import { startupFailureLine } from '@app/runtime';
import { processIo } from './audit-cli-support';
import { runAuditExport } from './audit-export-command';

runAuditExport(process.argv.slice(2), processIo).then(
  (code) => {
    // exitCode, not exit(): a piped stdout may still be flushing the export.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`audit:export failed: ${startupFailureLine(error)}\n`);
    process.exit(2);
  },
);
