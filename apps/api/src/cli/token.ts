/** Entry point of `npm run token` (see token-command.ts). */
import { runToken } from './token-command';

process.exitCode = runToken(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
