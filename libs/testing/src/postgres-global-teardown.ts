/** Jest global teardown: stops the server that the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __embeddedPostgres?: { stop(): Promise<void> } }).__embeddedPostgres;
  await server?.stop();
}
