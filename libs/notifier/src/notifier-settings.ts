/** The notifier's settings, from the environment like the rest of the configuration (README, "Notifications"). */
import { ledgerRoleNames } from '@app/event-store';
import { parseBoolean, parsePositiveInteger } from '@app/runtime';
import type { ChannelSettings } from './channels';
import type { DispatchSettings } from './dispatcher';
import type { ReminderPolicy } from './reminders';
import { parseRoutes, type NotificationRoutes } from './routes';

export interface NotifierSettings {
  /** NOTIFIER_ENABLED (default true): follow the log, remind and dispatch wherever the projector runs. */
  readonly enabled: boolean;
  readonly routes: NotificationRoutes;
  readonly channels: ChannelSettings;
  readonly dispatch: DispatchSettings;
  readonly reminders: ReminderPolicy & { readonly intervalMs: number };
  /**
   * NOTIFIER_LOOKBACK_DAYS (default 0): at the first start over a log with a history, the causes of the
   * last this many days are still told; older ones are folded without telling anyone.
   */
  readonly lookbackDays: number;
  /**
   * The API's database role (<LEDGER_ROLE_PREFIX>_app, README "Database roles"): where the projector
   * runs as a role of its own, it grants this one the two writes the API makes on the notifier's tables.
   */
  readonly applicationRole: string;
}

export const NOTIFIER_SETTINGS = Symbol('NOTIFIER_SETTINGS');

export const DEFAULT_NOTIFIER_SETTINGS: NotifierSettings = {
  enabled: true,
  routes: {},
  channels: { mailFrom: '督办台账 <ledger@localhost>', sendTimeoutMs: 10_000 },
  dispatch: {
    pollMs: 2_000,
    maxAttempts: 8,
    retryDelayMs: 30_000,
    maxRetryDelayMs: 3_600_000,
    leaseMs: 60_000,
    batchSize: 50,
  },
  reminders: { daysAhead: 3, noProgressDays: 14, intervalMs: 60_000 },
  lookbackDays: 0,
  applicationRole: ledgerRoleNames().application,
};

export function loadNotifierSettings(env: NodeJS.ProcessEnv): NotifierSettings {
  const settings = readNotifierSettings(env);
  // A send may wait out its timeout connecting, then greeting, then in the exchange: a lease shorter than
  // that hands a delivery still being sent to the next claim, and the recipient gets it twice.
  const longestSend = 3 * settings.channels.sendTimeoutMs;
  if (settings.dispatch.leaseMs <= longestSend)
    throw new Error(
      `NOTIFIER_LEASE_MS must be more than ${longestSend} (three times a send's ${settings.channels.sendTimeoutMs} ms timeout), not ${settings.dispatch.leaseMs}`,
    );
  return settings;
}

function readNotifierSettings(env: NodeJS.ProcessEnv): NotifierSettings {
  const d = DEFAULT_NOTIFIER_SETTINGS;
  return {
    enabled: parseBoolean('NOTIFIER_ENABLED', env.NOTIFIER_ENABLED, d.enabled),
    routes: parseRoutes(env.NOTIFIER_ROUTES),
    channels: {
      smtpUrl: env.NOTIFIER_SMTP_URL || undefined,
      mailFrom: env.NOTIFIER_MAIL_FROM || d.channels.mailFrom,
      webhookSecret: env.NOTIFIER_WEBHOOK_SECRET || undefined,
      sendTimeoutMs: parsePositiveInteger(
        'NOTIFIER_SEND_TIMEOUT_MS',
        env.NOTIFIER_SEND_TIMEOUT_MS,
        d.channels.sendTimeoutMs,
      ),
    },
    dispatch: {
      ...d.dispatch,
      pollMs: parsePositiveInteger('NOTIFIER_POLL_MS', env.NOTIFIER_POLL_MS, d.dispatch.pollMs),
      maxAttempts: parsePositiveInteger('NOTIFIER_MAX_ATTEMPTS', env.NOTIFIER_MAX_ATTEMPTS, d.dispatch.maxAttempts),
      retryDelayMs: parsePositiveInteger(
        'NOTIFIER_RETRY_DELAY_MS',
        env.NOTIFIER_RETRY_DELAY_MS,
        d.dispatch.retryDelayMs,
      ),
      leaseMs: parsePositiveInteger('NOTIFIER_LEASE_MS', env.NOTIFIER_LEASE_MS, d.dispatch.leaseMs),
      batchSize: parsePositiveInteger('NOTIFIER_BATCH_SIZE', env.NOTIFIER_BATCH_SIZE, d.dispatch.batchSize),
    },
    reminders: {
      daysAhead: parseDays('NOTIFIER_REMIND_DAYS_AHEAD', env.NOTIFIER_REMIND_DAYS_AHEAD, d.reminders.daysAhead),
      noProgressDays: parseDays('NOTIFIER_NO_PROGRESS_DAYS', env.NOTIFIER_NO_PROGRESS_DAYS, d.reminders.noProgressDays),
      intervalMs: parsePositiveInteger(
        'NOTIFIER_REMINDER_INTERVAL_MS',
        env.NOTIFIER_REMINDER_INTERVAL_MS,
        d.reminders.intervalMs,
      ),
    },
    lookbackDays: parseDays('NOTIFIER_LOOKBACK_DAYS', env.NOTIFIER_LOOKBACK_DAYS, d.lookbackDays),
    applicationRole: ledgerRoleNames(env.LEDGER_ROLE_PREFIX || undefined).application,
  };
}

/** 0 turns the reminder off. */
function parseDays(name: string, text: string | undefined, fallback: number): number {
  if (text === '0') return 0;
  return parsePositiveInteger(name, text, fallback);
}
