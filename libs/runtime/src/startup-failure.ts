/**
 * What a process that could not start says: one line naming what failed and what to do, never a
 * stack (the errors this can meet already say what to do; a port taken is told here).
 */
export function startupFailureLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall, address, port } = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (syscall === 'listen' && code === 'EADDRINUSE')
    return `port ${port} on ${address} is already in use: stop what listens there, or set PORT to another port`;
  if (syscall === 'listen' && code === 'EACCES')
    return `port ${port} on ${address} may not be opened by this user: set PORT to 1024 or above`;
  const cause =
    error.cause instanceof Error && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.replace(/\s*\n\s*/g, ' ');
}
