/** When the ledger seals its log and which witnesses outside the system receive each seal. */
import { parseBoolean, parsePositiveInteger } from '@app/runtime';

export interface SealSettings {
  /** SEAL_ENABLED (default true). */
  readonly enabled: boolean;
  /** SEAL_EVERY_EVENTS (default 1000): a seal once this many events came after the last one. */
  readonly everyEvents: number;
  /** SEAL_EVERY_MINUTES (default 60), in ms: a seal once this long passed with any event since the last one. */
  readonly everyMs: number;
  /** How often the recorder looks (at most every 30 s, sooner for a shorter SEAL_EVERY_MINUTES). */
  readonly checkIntervalMs: number;
  /** SEAL_WITNESS_URLS: comma-separated webhook URLs each seal is POSTed to (JSON). */
  readonly witnessUrls: readonly string[];
  /** SEAL_WITNESS_FILE: a file each seal is appended to (one JSON line), for an auditor to sync. */
  readonly witnessFile?: string;
}

export const SEAL_SETTINGS = Symbol('SEAL_SETTINGS');

export const SEALS_OFF: SealSettings = {
  enabled: false,
  everyEvents: 1000,
  everyMs: 3_600_000,
  checkIntervalMs: 30_000,
  witnessUrls: [],
};

export function loadSealSettings(env: NodeJS.ProcessEnv): SealSettings {
  const everyMs = parsePositiveInteger('SEAL_EVERY_MINUTES', env.SEAL_EVERY_MINUTES, 60) * 60_000;
  const witnessUrls = (env.SEAL_WITNESS_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  for (const url of witnessUrls) checkWitnessUrl(url);
  return {
    enabled: parseBoolean('SEAL_ENABLED', env.SEAL_ENABLED, true),
    everyEvents: parsePositiveInteger('SEAL_EVERY_EVENTS', env.SEAL_EVERY_EVENTS, 1000),
    everyMs,
    checkIntervalMs: Math.min(everyMs, 30_000),
    witnessUrls,
    ...(env.SEAL_WITNESS_FILE ? { witnessFile: env.SEAL_WITNESS_FILE } : {}),
  };
}

function checkWitnessUrl(text: string): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SEAL_WITNESS_URLS: ${text} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SEAL_WITNESS_URLS: ${text} is not an http(s) URL`);
}
