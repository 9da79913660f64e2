import type { ChildProcess } from 'node:child_process';
import { eventually } from '@app/testing';
import { get } from './http-client';

/** Waits until an app started as a process answers /health 200; an early exit, or the time running out, fails with what it printed. */
export async function untilHealthy(
  child: ChildProcess,
  url: string,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const healthy = async (): Promise<boolean> => {
    if (child.exitCode !== null) throw new Error(`the app exited early (${child.exitCode}):\n${output()}`);
    return get(url, '/health').then(
      (answer) => answer.status === 200,
      () => false,
    );
  };
  await eventually(healthy, timeoutMs, 250).catch((error: unknown) => {
    if (child.exitCode !== null) throw error;
    throw new Error(`the app did not become healthy in time:\n${output()}`, { cause: error });
  });
}
