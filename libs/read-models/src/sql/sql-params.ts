/** Builds parameterised SQL: every value goes through a `$n` placeholder, never into the text. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, with a cast when given (e.g. `date`). */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** A quoted identifier: physical table names come from the projector and may be a rebuild's. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** An ILIKE pattern matching the text anywhere, with the user's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
