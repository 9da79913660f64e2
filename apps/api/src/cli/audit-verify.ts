/** Entry point of `npm run audit:verify` (see audit-verify-command.ts). */
import 'reflect-metadata';
import { startupFailureLine } from '@app/runtime';
import { processIo } from './audit-cli-support';
import { runAuditVerify } from './audit-verify-command';

runAuditVerify(process.argv.slice(2), processIo).then(
  (code) => {
    // exitCode, not exit(): a piped stdout may still be flushing the export.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`audit:verify failed: ${startupFailureLine(error)}\n`);
    process.exit(2);
  },
);
