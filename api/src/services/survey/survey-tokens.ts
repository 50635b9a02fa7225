import { createHash, randomBytes } from 'node:crypto';

/**
 * A respondent's personal link carries a 256-bit random token (43 characters, URL-safe). Only its
 * SHA-256 is stored: a plain hash suffices because the token is random and long, so there is no
 * dictionary to try it against, and a lookup by hash stays one indexed read.
 */
export function newSurveyToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape of a token as issued; anything else is refused before a store lookup. */
export function looksLikeSurveyToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function newSurveyId(prefix: 'sr' | 'inv' | 'a'): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}
