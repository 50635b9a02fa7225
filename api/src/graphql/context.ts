import type { Session, SessionUser } from '../auth/auth.service';
import type { NameScrubber } from '../services/privacy.service';
import type { Services } from '../services/services';
import type { WriteAuthor } from '../store/user-audit-store';

/** Who is asking: resolved once per request from the session cookie. */
export interface RequestAuth {
  user: SessionUser | null;
  /** The session of the cookie (null when anonymous): logout ends it. */
  sessionId: string | null;
  /** Written into audit entries for the writes of this request. */
  author: WriteAuthor;
  seesPersonalData: boolean;
}

/** The HTTP side of a request: what login and logout need. Absent in `executeOperation`. */
export interface RequestHttp {
  /** The client's address, keying rate limits. */
  clientKey: string;
  setSession(session: Session): void;
  clearSession(): void;
}

/** What every resolver receives; resolvers hold no logic of their own. */
export interface GraphQLContext {
  services: Services;
  auth: RequestAuth;
  http: RequestHttp | null;
  /** Names of people to remove from free text, loaded at most once per request (viewers only). */
  scrubber(): Promise<NameScrubber>;
  /** The scrubber once `scrubber()` has resolved in this request, so later fields need no promise. */
  scrubberNow(): NameScrubber | undefined;
}
