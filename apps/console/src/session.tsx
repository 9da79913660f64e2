/**
 * Who is signed in. The token lives in this tab's sessionStorage and in memory, never in a URL or a
 * cookie: closing the tab signs out, and no link or log line carries it.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiSession } from './api/client';
import { SESSION_KEY as KEY, restoreSession, type Session } from './session-store';

export type { SignedInUser } from './session-store';

/** Closures over the session (no `this`), so a component takes them out of the context. */
interface SessionContext {
  readonly session: Session | null;
  readonly signIn: (session: Session) => void;
  readonly signOut: () => void;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(restoreSession);
  const value = useMemo<SessionContext>(
    () => ({
      session,
      signIn(next) {
        sessionStorage.setItem(KEY, JSON.stringify(next));
        apiSession.setToken(next.token);
        setSession(next);
      },
      signOut() {
        sessionStorage.removeItem(KEY);
        apiSession.setToken(null);
        setSession(null);
      },
    }),
    [session],
  );
  useEffect(() => apiSession.onUnauthorised(() => value.signOut()), [value]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** Who is signed in, if anyone (null too outside a SessionProvider: a component shown on its own). */
export function useSignedInUser(): Session['user'] | null {
  return useContext(Context)?.session?.user ?? null;
}

/** The page a role starts on. */
export function homeOf(role: string): string {
  switch (role) {
    case 'unit':
      return '/todo';
    case 'leader':
      return '/leader';
    case 'auditor':
      return '/audit';
    case 'reader':
      return '/dashboards';
    case 'admin':
      return '/operator';
    default:
      return '/board';
  }
}
