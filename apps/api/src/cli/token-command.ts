/**
 * `npm run token -- <user>` prints a bearer token for a demo user, signed with the local secret;
 * `--list` prints the demo users with their role and unit. Exit 0 done, 1 unknown user or no way to
 * sign, 2 usage. Loads no framework: it answers at once (see scripts/build-if-stale.js for its build).
 */
import { parseArgs } from 'node:util';
import { loadAppConfig } from '../../../../libs/runtime/src/app-config';
import { signToken } from '../auth/sign-token';
import { DEMO_UNITS } from '../demo/demo-organisation';
import { DEMO_USERS } from '../demo/demo-users';
import { resolveTokenSettings } from '../runtime/token-settings';

export const TOKEN_USAGE =
  'usage: npm run -s token -- <user>     a bearer token for that demo user\n       npm run -s token -- --list    the demo users, with role and unit\n';

export interface TokenIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: NodeJS.ProcessEnv;
}

export function runToken(argv: readonly string[], io: TokenIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { list: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${TOKEN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return (void io.stderr.write(TOKEN_USAGE), 0);
  if (values.list) return (void io.stdout.write(demoUserTable()), 0);
  if (positionals.length !== 1) {
    io.stderr.write(`${TOKEN_USAGE}\n${demoUserTable()}`);
    return 2;
  }
  const [name] = positionals;
  const user = Object.hasOwn(DEMO_USERS, name) ? DEMO_USERS[name] : undefined;
  if (!user) {
    io.stderr.write(
      `unknown demo user "${name}"; the demo users are ${Object.keys(DEMO_USERS).join(', ')} (npm run -s token -- --list)\n`,
    );
    return 1;
  }
  const { description: _, ...claims } = user;
  try {
    io.stdout.write(signToken(claims, resolveTokenSettings(loadAppConfig(io.env))) + '\n');
  } catch (error) {
    io.stderr.write(`cannot sign a token: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

/** One line per demo user: name, role, unit (id and name; — when none), display name and what it may do. */
export function demoUserTable(): string {
  const unitOf = (unitId: string | undefined) =>
    unitId ? `${unitId} ${DEMO_UNITS.find((unit) => unit.unitId === unitId)?.name ?? ''}`.trim() : '—';
  const rows = Object.entries(DEMO_USERS).map(([key, user]) => [
    key,
    user.role,
    unitOf(user.unit),
    `${user.name ?? ''} — ${user.description}`,
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => displayWidth(row[column])), ['user', 'role', 'unit'][column].length),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < 3 ? cell + ' '.repeat(widths[column] - displayWidth(cell)) : cell))
      .join('  ')
      .trimEnd();
  return [line(['user', 'role', 'unit', 'name — may']), ...rows.map(line)].join('\n') + '\n';
}

/** Columns on a terminal: Chinese characters and full-width punctuation take two. */
function displayWidth(text: string): number {
  return [...text].reduce(
    (width, char) =>
      width +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char)
        ? 2
        : 1),
    0,
  );
}
