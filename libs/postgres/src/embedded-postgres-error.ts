/** A reason the embedded PostgreSQL server cannot start, with what to do about it: said as one line, never as a stack. */
export class EmbeddedPostgresError extends Error {
  constructor(
    readonly what: string,
    readonly remedy: string,
  ) {
    super(`${what}: ${remedy}`);
    this.name = 'EmbeddedPostgresError';
  }
}
