/**
 * Real receivers for the notifier's channels, started by the specs on loopback: an SMTP server (the
 * `smtp-server` package) that keeps every message it accepts, and a webhook receiver that checks each
 * request's signature the way a 企业微信/钉钉/OA bridge would, and can be told to fail.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '@app/notifier';

export interface ReceivedMail {
  readonly to: string[];
  readonly raw: string;
  /** X-Notification-Id of the message. */
  readonly id: string | undefined;
}

export interface MailServer {
  readonly url: string;
  readonly mails: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          to: session.envelope.rcptTo.map((address) => address.address),
          raw,
          id: /^x-notification-id:\s*(\S+)/im.exec(raw)?.[1],
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedHook {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly signed: boolean;
  /** What the receiver answered. */
  readonly status: number;
}

export interface HookReceiver {
  readonly url: string;
  readonly requests: ReceivedHook[];
  /** The ids it answered 2xx for, each once (what a deduplicating receiver keeps). */
  accepted(): Set<string>;
  /** Answer 500 to the next `count` requests. */
  failNext(count: number): void;
  /** Answer 500 to every request until told otherwise. */
  failAll(on: boolean): void;
  /** Wait this long before answering each request (so a kill lands mid-dispatch). */
  delayMs: number;
  close(): Promise<void>;
}

export async function startHookReceiver(secret: string): Promise<HookReceiver> {
  const requests: ReceivedHook[] = [];
  let failures = 0;
  let failing = false;
  const receiver: HookReceiver = {
    url: '',
    requests,
    accepted: () => new Set(requests.filter((r) => r.status === 200).map((r) => r.id)),
    failNext: (count) => {
      failures = count;
    },
    failAll: (on) => {
      failing = on;
    },
    delayMs: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  // The test receiver's own failures show as the test's missing deliveries.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  const server: Server = createServer(async (request, response) => {
    const raw = await bodyOf(request);
    const signed = verifyWebhook(
      secret,
      String(request.headers[TIMESTAMP_HEADER]),
      raw,
      String(request.headers[SIGNATURE_HEADER]),
      Math.floor(Date.now() / 1000),
    );
    if (receiver.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, receiver.delayMs));
    const status = failing || failures > 0 ? 500 : 200;
    if (failures > 0) failures -= 1;
    requests.push({ id: String(request.headers[ID_HEADER]), body: JSON.parse(raw), signed, status });
    response.writeHead(status).end();
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (receiver as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return receiver;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
