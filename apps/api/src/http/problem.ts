/** The one error body shape every endpoint answers with. */
export interface Problem {
  readonly statusCode: number;
  readonly error: string;
  /** Stable machine-readable code, e.g. TASK_NOT_FOUND, VALIDATION_FAILED, STALE_REVISION. */
  readonly code: string;
  readonly message: string;
  /** For every 409 also `currentRevision`: the revision of the stream the command was decided on (and the ETag). */
  readonly details?: Record<string, unknown>;
}
