/** The outside channels a delivery goes through: e-mail over SMTP (nodemailer) and signed webhooks. Each throws when the channel did not take the message. */
import { createTransport, type Transporter } from 'nodemailer';
import { CAUSE_LABELS } from './notification-causes';
import type { Channel } from './routes';
import type { OutboxDelivery } from './outbox';
import { ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './webhook-signature';

export interface ChannelSender {
  send(delivery: OutboxDelivery): Promise<void>;
  close?(): void;
}

export interface ChannelSettings {
  /** e.g. `smtp://mail.example.org:587`, `smtps://user:pass@mail.example.org`; unset: mail deliveries fail (and are retried) until it is set. */
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  /** Signs every webhook; unset: webhook deliveries fail until it is set. */
  readonly webhookSecret?: string;
  /**
   * How long a mail server or a webhook may keep a send waiting before it counts as failed. It must stay
   * well below the dispatch lease: a send still pending when its claim runs out is claimed and sent again.
   */
  readonly sendTimeoutMs: number;
}

export function channelSenders(settings: ChannelSettings): Record<Exclude<Channel, 'inbox'>, ChannelSender> {
  return { email: new EmailSender(settings), webhook: new WebhookSender(settings) };
}

/** The JSON a webhook receives; also what the mail's text repeats. */
export function payloadOf(delivery: OutboxDelivery): Record<string, unknown> {
  return {
    id: delivery.id,
    cause: delivery.cause,
    causeLabel: CAUSE_LABELS[delivery.cause],
    taskId: delivery.taskId,
    recipient: delivery.recipient,
    title: delivery.title,
    body: delivery.body,
    occurredAt: delivery.occurredAt,
    attempt: delivery.attempts,
  };
}

class EmailSender implements ChannelSender {
  private transport?: Transporter;

  constructor(private readonly settings: ChannelSettings) {}

  async send(delivery: OutboxDelivery): Promise<void> {
    if (!this.settings.smtpUrl) throw new Error('no SMTP server configured (NOTIFIER_SMTP_URL)');
    // nodemailer's own defaults (2 min to connect, 10 min of silence) outlast the lease many times over.
    const timeoutMs = this.settings.sendTimeoutMs;
    this.transport ??= createTransport({
      url: this.settings.smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    await this.transport.sendMail({
      from: this.settings.mailFrom,
      to: delivery.address,
      subject: `【${CAUSE_LABELS[delivery.cause]}】${delivery.title}`,
      text: `${delivery.title}\n\n${delivery.body}\n\n（督办台账通知 ${delivery.id}）`,
      // The same id on every retry: a mailbox or a gateway deduplicates on it.
      messageId: `<${delivery.id}@supervision-ledger>`,
      headers: { 'X-Notification-Id': delivery.id },
    });
  }

  close(): void {
    this.transport?.close();
  }
}

class WebhookSender implements ChannelSender {
  constructor(private readonly settings: ChannelSettings) {}

  async send(delivery: OutboxDelivery): Promise<void> {
    if (!this.settings.webhookSecret) throw new Error('no webhook secret configured (NOTIFIER_WEBHOOK_SECRET)');
    const body = JSON.stringify(payloadOf(delivery));
    const timestamp = Math.floor(Date.now() / 1000);
    const answer = await fetch(delivery.address, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [ID_HEADER]: delivery.id,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(this.settings.webhookSecret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(this.settings.sendTimeoutMs),
    });
    await answer.body?.cancel();
    if (!answer.ok) throw new Error(`webhook answered ${answer.status}`);
  }
}
