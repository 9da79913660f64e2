import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { channelSenders, DEFAULT_NOTIFIER_SETTINGS, loadNotifierSettings, type OutboxDelivery } from '../src';

const WARNING: OutboxDelivery = {
  id: 'delivery-1',
  causeId: 'cause-1',
  cause: 'deadline_approaching',
  taskId: 'task-1',
  recipient: 'unit:dept-9',
  channel: 'email',
  address: 'dept-9@example.org',
  title: '任务即将到期',
  body: '距办结时限还有 3 天',
  occurredAt: '2026-03-02T01:00:00.000Z',
  attempts: 1,
};

describe('a send gives up before its claim runs out', () => {
  let server: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // A mail server that takes the connection and never says a word.
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((closed) => server.close(closed));
  });

  it('fails a mail to a silent server after the send timeout, not after nodemailer’s minutes', async () => {
    const { port } = server.address() as AddressInfo;
    const senders = channelSenders({
      ...DEFAULT_NOTIFIER_SETTINGS.channels,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      sendTimeoutMs: 300,
    });
    const started = Date.now();
    await expect(senders.email.send(WARNING)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
    senders.email.close?.();
  });

  it('refuses a lease too short for a send to end within it', () => {
    expect(() => loadNotifierSettings({ NOTIFIER_SEND_TIMEOUT_MS: '10000', NOTIFIER_LEASE_MS: '30000' })).toThrow(
      /NOTIFIER_LEASE_MS must be more than 30000/,
    );
    expect(loadNotifierSettings({ NOTIFIER_SEND_TIMEOUT_MS: '400', NOTIFIER_LEASE_MS: '1500' }).dispatch.leaseMs).toBe(
      1_500,
    );
    expect(loadNotifierSettings({}).channels.sendTimeoutMs).toBe(10_000);
  });
});
