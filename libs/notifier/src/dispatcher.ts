/**
 * Sends the outbox: every poll it claims the deliveries that are due, sends each through its channel
 * and records the outcome: delivered, or failed with the next try an exponentially growing delay
 * later, or dead after the last try. It runs beside the projector, never in a command's path: a
 * channel that is down delays its deliveries and nothing else.
 */
import type { DataSource } from 'typeorm';
import type { ChannelSender } from './channels';
import type { Channel } from './routes';
import { claimDue, markDelivered, markFailed, type OutboxDelivery } from './outbox';

export interface DispatchSettings {
  readonly pollMs: number;
  /** Tries before a delivery is dead-lettered. */
  readonly maxAttempts: number;
  /** Delay after the first failed try; doubles with each try, up to maxRetryDelayMs. */
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  /** A claimed delivery is tried again after this long if its dispatcher never reported (it died mid-send). */
  readonly leaseMs: number;
  readonly batchSize: number;
}

export interface DispatchLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DispatchRound {
  readonly delivered: number;
  readonly failed: number;
  readonly dead: number;
}

/** What the notifier tells the metrics (LedgerMetrics implements it); every call must not throw. */
export interface NotifierEvents {
  /** One try of a mail or webhook delivery and how it ended. */
  notifierDelivery(channel: string, outcome: keyof DispatchRound): void;
  /** One dispatcher round (a poll of the outbox), or one that failed. */
  notifierRound(result: 'ok' | 'failed'): void;
  /** One reminder round and how many deliveries it wrote, or one that failed. */
  reminderRound(result: { written: number } | 'failed'): void;
}

export function retryDelay(
  attempt: number,
  settings: Pick<DispatchSettings, 'retryDelayMs' | 'maxRetryDelayMs'>,
): number {
  return Math.min(settings.retryDelayMs * 2 ** (attempt - 1), settings.maxRetryDelayMs);
}

export class Dispatcher {
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private running = false;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly senders: Readonly<Record<Exclude<Channel, 'inbox'>, ChannelSender>>,
    private readonly settings: DispatchSettings,
    private readonly logger: DispatchLogger,
    private readonly events?: NotifierEvents,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round;
    for (const sender of Object.values(this.senders)) sender.close?.();
  }

  /** Sends everything due now, batch after batch, until nothing is due. */
  async dispatchDue(): Promise<DispatchRound> {
    const total = { delivered: 0, failed: 0, dead: 0 };
    for (;;) {
      const claimed = await claimDue(this.dataSource.manager, this.settings.batchSize, this.settings.leaseMs);
      if (claimed.length === 0) return total;
      const outcomes = await Promise.all(claimed.map((delivery) => this.send(delivery)));
      outcomes.forEach((outcome, index) => {
        total[outcome] += 1;
        this.events?.notifierDelivery(claimed[index].channel, outcome);
      });
      if (this.stopping) return total;
    }
  }

  private async send(delivery: OutboxDelivery): Promise<keyof DispatchRound> {
    try {
      await this.senders[delivery.channel as Exclude<Channel, 'inbox'>].send(delivery);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const dead = delivery.attempts >= this.settings.maxAttempts;
      await markFailed(
        this.dataSource.manager,
        delivery.id,
        message,
        dead ? 'dead' : retryDelay(delivery.attempts, this.settings),
      );
      if (dead)
        this.logger.error(
          `notification ${delivery.id} (${delivery.channel} to ${delivery.address}) DEAD after ${delivery.attempts} tries: ${message}`,
        );
      else
        this.logger.warn(
          `notification ${delivery.id} (${delivery.channel} to ${delivery.address}) try ${delivery.attempts} failed, retrying: ${message}`,
        );
      return dead ? 'dead' : 'failed';
    }
    await markDelivered(this.dataSource.manager, delivery.id);
    return 'delivered';
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.dispatchDue()
        .then(() => this.events?.notifierRound('ok'))
        .catch((error: unknown) => {
          this.events?.notifierRound('failed');
          this.logger.error(`notification dispatch failed: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          if (this.running) this.schedule(this.settings.pollMs);
        });
    }, delayMs);
  }
}
