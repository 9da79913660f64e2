/**
 * The one polling helper of the tests: polls until a condition holds (bounded), so that specs wait for
 * conditions, never for time. Either a condition that answers true or false, or a probe and the test its
 * value must pass (then the value that passed is returned). A probe that throws ends the wait with its error.
 */
export function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs?: number,
  pollMs?: number,
): Promise<true>;
export function eventually<T>(
  probe: () => T | Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs?: number,
  pollMs?: number,
): Promise<T>;
export async function eventually<T>(
  probe: () => T | Promise<T>,
  acceptOrTimeout?: ((value: T) => boolean) | number,
  ...timing: (number | undefined)[]
): Promise<T> {
  const accept = typeof acceptOrTimeout === 'function' ? acceptOrTimeout : (value: T) => value === true;
  const [timeoutMs = 15_000, pollMs = 20] =
    typeof acceptOrTimeout === 'function' ? timing : [acceptOrTimeout, ...timing];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value, bigintsAsText)}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function bigintsAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
