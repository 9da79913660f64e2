/**
 * SIGINT/SIGTERM → one clean stop of this process: the caller's stop closes the app (a projector's
 * batch in flight, the API's requests) and then the embedded server, and only then does it exit.
 */
export function onStopSignal(stop: (signal: NodeJS.Signals) => Promise<void>, onError: (error: unknown) => void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
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
