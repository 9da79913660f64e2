/**
 * The tab's stored session (sessionStorage, never a URL or a cookie), without React: the entry reads
 * it before the console's code has arrived, so the board's reads can start with the reader's token.
 */
import { apiSession, type Schemas } from './api/client';

/** Who signed in, from the demo's sign-in or the provider's ID token: the same subject, role and unit the token carries. */
export type SignedInUser = Pick<Schemas['DemoUserView'], 'userId' | 'role' | 'unitId' | 'name'>;
export interface Session {
  readonly token: string;
  readonly user: SignedInUser;
}
export const SESSION_KEY = 'console.session';

export function storedSession(): Session | null {
  try {
    const text = sessionStorage.getItem(SESSION_KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

/** The tab's session as stored, its token handed to the API client: at start-up, so reads may start before the first render. */
export function restoreSession(): Session | null {
  const initial = storedSession();
  apiSession.setToken(initial?.token ?? null);
  return initial;
}
