/**
 * The soak, bounded, in `npm test`: the compiled soak benchmark (bench/soak.bench.ts) for SOAK_SECONDS
 * (60 here unless set): the API and two projector processes on an embedded PostgreSQL under four
 * clients, the postmaster and a projector SIGKILLed at random in turn. It must end with no acknowledged
 * command lost, none written twice, and every read model equal to a fresh rebuild, having killed each
 * at least once. Its figures are printed for the CI log.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SOAK = join(__dirname, '../../dist/bench/soak.bench.js');
const SECONDS = Number(process.env.SOAK_SECONDS || 60);

describe('the soak, restarting the database and the projector at random', () => {
  it(
    `loses no acknowledged command, writes none twice, and ends with every read model equal to a rebuild (${SECONDS} s)`,
    async () => {
      if (!existsSync(SOAK)) throw new Error(`${SOAK} is missing: run npm run build first (npm test does)`);
      const child = spawn(process.execPath, [SOAK], {
        env: { ...process.env, SOAK_SECONDS: String(SECONDS) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      process.stdout.write(
        `${output
          .split('\n')
          .filter((line) => line.startsWith('  ') || line.startsWith('soak'))
          .join('\n')}\n`,
      );

      const figure = (label: string) =>
        new RegExp(`^  ${label.replace(/[()]/g, '\\$&')}\\s+(.+)$`, 'm').exec(output)?.[1];
      expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });
      expect(figure('acknowledged commands lost')).toBe('0');
      expect(figure('commands written more than once')).toBe('0');
      expect(figure('read models equal to a fresh rebuild')).toMatch(/^(\d+) of \1$/);
      expect(Number(figure('commands acknowledged')?.replace(/,/g, ''))).toBeGreaterThan(0);
      expect(Number(figure('postmaster SIGKILLs (restarted by the supervisor)'))).toBeGreaterThanOrEqual(1);
      expect(Number(figure('projector process SIGKILLs (restarted; active or standby)'))).toBeGreaterThanOrEqual(1);
    },
    SECONDS * 1000 + 240_000,
  );
});
