/**
 * A TCP proxy on loopback between the app and PostgreSQL that fails on demand, the way networks and
 * servers do: `reset` tears every connection down (and resets new ones at once), `stall` keeps them
 * open but passes nothing either way, `refuse` stops listening (connections are refused). `pass` heals.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'reset' | 'stall' | 'refuse';

export class FaultProxy {
  private mode: FaultMode = 'pass';
  private server?: Server;
  /** Each open connection: the two sockets, and how to deliver what a stall held back. */
  private readonly pairs = new Map<Socket, { readonly upstream: Socket; readonly release: () => void }>();

  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const proxy = new FaultProxy(target, 0);
    await proxy.listen();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** `url` with its host and port replaced by the proxy's. */
  route(url: string): string {
    const routed = new URL(url);
    routed.hostname = '127.0.0.1';
    routed.port = String(this.listenPort);
    return routed.toString();
  }

  async set(mode: FaultMode): Promise<void> {
    const previous = this.mode;
    this.mode = mode;
    if (mode === 'reset' || mode === 'refuse') for (const client of [...this.pairs.keys()]) this.tearDown(client);
    if (mode === 'refuse' && this.server) await this.closeServer();
    if (mode !== 'refuse' && previous === 'refuse') await this.listen();
    if (mode === 'pass') for (const { release } of this.pairs.values()) release();
  }

  async close(): Promise<void> {
    for (const client of [...this.pairs.keys()]) this.tearDown(client);
    if (this.server) await this.closeServer();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => {
        this.listenPort = (server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  private closeServer(): Promise<void> {
    const server = this.server!;
    this.server = undefined;
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'reset') return void client.resetAndDestroy();
    const upstream = connect(this.target.port, this.target.host);
    upstream.on('error', () => undefined);
    const releases = [this.forward(client, upstream), this.forward(upstream, client)];
    this.pairs.set(client, { upstream, release: () => releases.forEach((release) => release()) });
    client.on('close', () => this.tearDown(client));
    upstream.on('close', () => this.tearDown(client));
  }

  /** Copies `from` to `to`; under a stall holds the bytes back (nothing is lost), and the returned function delivers them. */
  private forward(from: Socket, to: Socket): () => void {
    const held: Buffer[] = [];
    from.on('data', (chunk: Buffer) => {
      if (this.mode !== 'stall') return void to.write(chunk);
      held.push(chunk);
      from.pause();
    });
    return () => {
      for (const chunk of held.splice(0)) to.write(chunk);
      from.resume();
    };
  }

  private tearDown(client: Socket): void {
    const pair = this.pairs.get(client);
    this.pairs.delete(client);
    if (!client.destroyed) client.resetAndDestroy();
    if (pair && !pair.upstream.destroyed) pair.upstream.resetAndDestroy();
  }
}
