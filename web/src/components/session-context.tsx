import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthenticated } from '../api/graphql-client';
import { fetchMe, logOut, type SessionUser } from '../api/auth.api';

/** A union, so "logged in without a user" cannot be expressed. */
export type SessionState = { status: 'checking' } | { status: 'anonymous'; expired: boolean } | { status: 'user'; user: SessionUser };

interface Session {
  state: SessionState;
  loggedIn(user: SessionUser): void;
  /** `everywhere`: every session of the user ends, on other devices too. */
  logOut(everywhere?: boolean): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is logged in: asked once at start (`me`), set by the login form, and reset whenever any
 * request answers UNAUTHENTICATED (the session expired or the user was removed).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (user) => setState(user ? { status: 'user', user } : { status: 'anonymous', expired: false }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'anonymous', expired: false });
      },
    );
    const stop = onUnauthenticated(() => setState((current) => ({ status: 'anonymous', expired: current.status === 'user' })));
    return () => {
      controller.abort();
      stop();
    };
  }, []);

  const loggedIn = useCallback((user: SessionUser) => setState({ status: 'user', user }), []);
  const doLogOut = useCallback(async (everywhere = false) => {
    await logOut(everywhere).catch(() => undefined);
    setState({ status: 'anonymous', expired: false });
  }, []);
  const value = useMemo(() => ({ state, loggedIn, logOut: doLogOut }), [state, loggedIn, doLogOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession() was called outside <SessionProvider>; wrap the app in it (see app/app.tsx)');
  return context;
}
