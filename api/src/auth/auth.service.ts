import type { Role } from '@weefsel/graph-schema';
import type { SecuritySettings } from '../config-security';
import type { GraphStore } from '../store/graph-store';
import { randomBytes } from 'node:crypto';
import { endedSessionKey, type StoredUser } from '../store/user-audit-store';
import { LoginFailedError, RateLimitedError } from './auth-errors';
import { decoyHash, verifyPassword } from './password';
import { RateLimiter } from './rate-limiter';
import { issueToken, passwordFingerprint, verifyToken } from './session-token';
import { normaliseUserName } from './user-input';

/** The logged-in user of a request, as resolvers and the auth checker see it. */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
  /** Stays the same when the token is renewed; logout ends it by this id. */
  id: string;
  token: string;
  maxAgeMs: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function sessionUser(user: StoredUser): SessionUser {
  return { id: user.id, name: user.name, role: user.role };
}

/** Login, session tokens and their renewal. Users themselves are managed by UserService. */
export class AuthService {
  private readonly perName: RateLimiter;
  private readonly perClient: RateLimiter;

  constructor(
    private readonly store: GraphStore,
    private readonly settings: SecuritySettings,
  ) {
    this.perName = new RateLimiter(settings.loginPerMinute, settings.loginPerMinute);
    // One client may try a few names, not sweep through a list of them.
    this.perClient = new RateLimiter(settings.loginPerMinute * 3, settings.loginPerMinute * 3);
  }

  /** Checks the password (as slowly for unknown names as for known ones) and issues a session. */
  async login(name: string, password: string, clientKey: string): Promise<Session> {
    const normalised = normaliseUserName(name);
    const wait = Math.max(this.perClient.take(clientKey), this.perName.take(`${clientKey}|${normalised}`));
    if (wait > 0) throw new RateLimitedError('login', wait);
    const user = await this.store.getUserByName(normalised);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok) throw new LoginFailedError();
    return this.issue(user);
  }

  /** A fresh session for a user, e.g. after a password change ended the old one. */
  async sessionFor(userId: string): Promise<Session | null> {
    const user = await this.store.getUser(userId);
    return user ? this.issue(user) : null;
  }

  issue(user: StoredUser, id = randomBytes(12).toString('base64url')): Session {
    const iat = nowSeconds();
    const lifetime = this.settings.sessionMinutes * 60;
    const claims = { sub: user.id, iat, exp: iat + lifetime, pwd: passwordFingerprint(user.passwordHash), ver: user.sessionVersion, sid: id };
    const token = issueToken(claims, this.settings.sessionSecret);
    return { user: sessionUser(user), id, token, maxAgeMs: lifetime * 1000 };
  }

  /**
   * Ends one session, every copy and renewal of its cookie included. Remembered with the user (read
   * on every request anyway: no extra store round trip) for a session lifetime, by when every
   * token of it has expired: a token is renewed only while its session is not ended.
   */
  async endSession(userId: string, sessionId: string): Promise<void> {
    const now = nowSeconds();
    await this.store.endSession(userId, endedSessionKey(now + this.settings.sessionMinutes * 60, sessionId), now);
  }

  /** Ends every session of the user ("log out everywhere"): their tokens carry an older session version. */
  async endSessions(userId: string): Promise<void> {
    await this.store.endSessions(userId);
  }

  /**
   * The user of a session token, read from the store on every request, so a deleted user, a new
   * role, a new password or a logout takes effect at once. Past half its lifetime the session is renewed.
   */
  async resolve(token: string): Promise<{ user: SessionUser; sessionId: string; renewed: Session | null } | null> {
    const claims = verifyToken(token, this.settings.sessionSecret, nowSeconds());
    if (!claims) return null;
    const user = await this.store.getUser(claims.sub);
    if (!user || passwordFingerprint(user.passwordHash) !== claims.pwd || user.sessionVersion !== claims.ver) return null;
    if (user.endedSessions.some((key) => key.endsWith(`:${claims.sid}`))) return null;
    const halfway = claims.iat + (claims.exp - claims.iat) / 2;
    return { user: sessionUser(user), sessionId: claims.sid, renewed: nowSeconds() >= halfway ? this.issue(user, claims.sid) : null };
  }
}
