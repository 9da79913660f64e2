/**
 * Hands each seal to the witnesses outside the system: POSTed as JSON to each webhook, appended as a
 * JSON line to the witness file. A witness that fails is logged and skipped: the next seal covers
 * everything before it, so the witness loses only how often it was told, not what.
 */
import { appendFile } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LedgerSeal } from '@app/audit';
import { SEAL_SETTINGS, type SealSettings } from './seal-settings';

export interface WitnessOutcome {
  readonly witness: string;
  readonly ok: boolean;
  readonly error?: string;
}

const WEBHOOK_TIMEOUT_MS = 5_000;

@Injectable()
export class SealWitnesses {
  private readonly logger = new Logger('SealWitnesses');

  constructor(@Inject(SEAL_SETTINGS) private readonly settings: SealSettings) {}

  async tell(seal: LedgerSeal): Promise<WitnessOutcome[]> {
    const told = await Promise.all([
      ...this.settings.witnessUrls.map((url) => this.attempt(url, () => post(url, seal))),
      ...(this.settings.witnessFile
        ? [
            this.attempt(this.settings.witnessFile, () =>
              appendFile(this.settings.witnessFile!, JSON.stringify(seal) + '\n', 'utf8'),
            ),
          ]
        : []),
    ]);
    for (const outcome of told.filter((o) => !o.ok))
      this.logger.warn(`seal at ${seal.position} not delivered to ${outcome.witness}: ${outcome.error}`);
    return told;
  }

  private async attempt(witness: string, deliver: () => Promise<void>): Promise<WitnessOutcome> {
    try {
      await deliver();
      return { witness, ok: true };
    } catch (error) {
      return { witness, ok: false, error: (error as Error).message };
    }
  }
}

async function post(url: string, seal: LedgerSeal): Promise<void> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seal),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  if (!answer.ok) throw new Error(`answered ${answer.status}`);
}
