import type { CookieOptions } from 'express';

export const sessionCookieName = 'weefsel_session';

/** The value of one cookie from a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * httpOnly: scripts (and so injected scripts) cannot read it. SameSite=Strict: no other site can
 * make the browser send it, which with Apollo's CSRF prevention closes cross-site requests.
 * Secure outside development, where the site is served over HTTPS.
 */
export function sessionCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeMs };
}
