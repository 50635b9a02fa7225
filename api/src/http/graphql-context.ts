import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Session } from '../auth/auth.service';
import { readCookie, sessionCookieName, sessionCookieOptions } from '../auth/cookies';
import type { GraphQLContext, RequestAuth } from '../graphql/context';
import { seesPersonalData, type NameScrubber } from '../services/privacy.service';
import type { Services } from '../services/services';
import { isStoreUnavailable } from '../store/store-errors';
import { systemAuthor } from '../store/user-audit-store';

const anonymous: RequestAuth = { user: null, sessionId: null, author: systemAuthor, seesPersonalData: false };

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

/**
 * The context of one HTTP request: the user of its session cookie (read from the store, so a
 * deleted user is out at once), renewing the cookie past half its lifetime. While the store is
 * unreachable the request fails at once as SERVICE_UNAVAILABLE (HTTP 503), retryable.
 */
export function graphqlContext(services: Services) {
  const { cookieSecure } = services.security;
  return async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
    const setSession = (session: Session) => res.cookie(sessionCookieName, session.token, sessionCookieOptions(cookieSecure, session.maxAgeMs));
    const clearSession = () => res.clearCookie(sessionCookieName, { ...sessionCookieOptions(cookieSecure, 0), maxAge: undefined });
    let auth = anonymous;
    const token = readCookie(req.headers.cookie, sessionCookieName);
    if (token) {
      const resolved = await services.auth.resolve(token).catch((error: unknown) => {
        if (!isStoreUnavailable(error)) throw error;
        throw new GraphQLError('The store is unavailable right now; retry in a moment', {
          extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503, headers: new Map([['retry-after', '1']]) } },
        });
      });
      if (resolved) {
        const { user, sessionId } = resolved;
        auth = { user, sessionId, author: { userId: user.id, userName: user.name }, seesPersonalData: seesPersonalData(user.role) };
        if (resolved.renewed) setSession(resolved.renewed);
      } else {
        clearSession();
      }
    }
    let loaded: NameScrubber | undefined;
    const scrubber: () => Promise<NameScrubber> = memo(() => services.privacy.scrubber().then((s) => (loaded = s)));
    // Nearly every answer to a viewer has names to scrub: asked now, its change-mark read runs
    // beside the resolver's own reads instead of after them (on Neo4j each is a round trip).
    if (auth.user && !auth.seesPersonalData) scrubber().catch(() => undefined);
    return { services, auth, http: { clientKey: req.ip ?? req.socket.remoteAddress ?? 'unknown', setSession, clearSession }, scrubber, scrubberNow: () => loaded };
  };
}
