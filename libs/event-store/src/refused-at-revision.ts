/**
 * The stream revision a refused command was decided on, kept beside the domain's error rather than
 * in it: the domain knows nothing of revisions, yet a client told "conflict" needs the one to re-read.
 */
const revisions = new WeakMap<object, bigint>();

export function rememberRefusedAt<E>(error: E, revision: bigint): E {
  if (typeof error === 'object' && error !== null) revisions.set(error, revision);
  return error;
}

/** The revision `decide` saw when it threw this error; undefined for errors from anywhere else. */
export function refusedAtRevision(error: unknown): bigint | undefined {
  return typeof error === 'object' && error !== null ? revisions.get(error) : undefined;
}
