/** The supervisor's decisions; test/operations/embedded-supervision.e2e-spec.ts kills a real postmaster under the compiled app. */
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { eventually } from '../../testing/src/eventually';
import { PostmasterSupervisor } from '../src/postmaster-supervisor';

describe('supervising the embedded server', () => {
  it('gives up once, with one line saying what to do, when the server will not start again', async () => {
    const child = new EventEmitter() as ChildProcess;
    const lines: string[] = [];
    const givenUp: string[] = [];
    const server = {
      process: child,
      start: () => Promise.reject(new Error('could not bind IPv4 address "127.0.0.1": Address in use')),
    };
    new PostmasterSupervisor(server, 'port 5999', {
      notice: (line) => lines.push(line),
      giveUp: (line) => givenUp.push(line),
      attempts: 3,
      initialDelayMs: 1,
    }).watch();

    child.emit('exit', null, 'SIGKILL');

    await eventually(
      async () => givenUp.length,
      (count) => count > 0,
    );
    expect(givenUp).toEqual([
      'embedded PostgreSQL (port 5999) died and could not be started again after 3 tries (could not bind IPv4 address "127.0.0.1": Address in use): exiting so that a supervisor restarts the process',
    ]);
    expect(lines).toEqual(['embedded PostgreSQL (port 5999) died (signal SIGKILL): starting it again']);
  });

  it('takes an asked-for stop for a stop, not a death', async () => {
    const child = new EventEmitter() as ChildProcess;
    const starts: number[] = [];
    const supervisor = new PostmasterSupervisor(
      { process: child, start: async () => void starts.push(1) },
      'port 5999',
      { notice: () => undefined, giveUp: () => undefined, initialDelayMs: 1 },
    );
    supervisor.watch();
    supervisor.stopWatching();
    child.emit('exit', 0, null);
    await new Promise((resolve) => setImmediate(resolve));
    expect(starts).toEqual([]);
    expect(supervisor.restartCount).toBe(0);
  });
});
