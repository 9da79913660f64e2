/** Jest global teardown: stops the server that the global setup started (once, though each kind of test that needs it calls this). */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __embeddedPostgres?: { stop(): Promise<void> } };
  const server = holder.__embeddedPostgres;
  holder.__embeddedPostgres = undefined;
  await server?.stop();
}
