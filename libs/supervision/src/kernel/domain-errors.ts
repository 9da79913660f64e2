/**
 * Named domain errors. Each carries a kind that the HTTP layer maps to a status in one place:
 * forbidden → 403, not_found → 404, conflict → 409, rule → 422, invalid → 400.
 */
export type DomainErrorKind = 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'invalid';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    /** A stable machine-readable code, e.g. `TASK_NOT_ACKNOWLEDGED`. */
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The actor's role or scope does not allow the command. */
export class AccessDenied extends DomainError {
  readonly kind = 'forbidden' as const;
}

/** The aggregate does not exist (yet). */
export class NotFound extends DomainError {
  readonly kind = 'not_found' as const;
}

/** The aggregate is in a state where the command makes no sense (e.g. accept before a report). */
export class StateConflict extends DomainError {
  readonly kind = 'conflict' as const;
}

/** A business rule is broken (e.g. an extension to an earlier date). */
export class RuleBroken extends DomainError {
  readonly kind = 'rule' as const;
}

/** The command's data is malformed in a way only the domain can tell (e.g. a milestone list with duplicates). */
export class InvalidCommand extends DomainError {
  readonly kind = 'invalid' as const;
}
