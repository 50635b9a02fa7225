import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a session token says: whose it is, until when, and which password it was issued under. */
export interface SessionClaims {
  /** User id. */
  sub: string;
  /** Issued and expiry times, seconds since the epoch. */
  iat: number;
  exp: number;
  /** A fingerprint of the password hash: changing the password ends every older session. */
  pwd: string;
  /** The user's session version when issued: "log out everywhere" raises it, ending every session. */
  ver: number;
  /** The session: kept when the token is renewed, so a logout ends every renewal and copy of it. */
  sid: string;
}

function sign(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function passwordFingerprint(passwordHash: string): string {
  return createHmac('sha256', 'weefsel-session').update(passwordHash).digest('base64url').slice(0, 16);
}

/** `payload.signature`, both base64url: small enough for a cookie, checked without a store read. */
export function issueToken(claims: SessionClaims, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of a token signed with `secret` and not expired at `nowSeconds`; null otherwise. */
export function verifyToken(token: string, secret: Buffer, nowSeconds: number): SessionClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    if (
      typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || typeof claims.pwd !== 'string' || typeof claims.ver !== 'number' ||
      typeof claims.sid !== 'string'
    ) {
      return null;
    }
    return claims.exp > nowSeconds ? (claims as SessionClaims) : null;
  } catch {
    return null;
  }
}
