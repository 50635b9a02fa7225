import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password';
import { RateLimiter } from './rate-limiter';
import { issueToken, verifyToken } from './session-token';
import { readCookie } from './cookies';

describe('passwords (scrypt)', () => {
  it('verifies the right password only, with a salt of its own per hash', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('never matches a malformed stored hash', async () => {
    for (const stored of ['', 'plain', 'scrypt$0$8$1$c2FsdA$aGFzaA', 'bcrypt$x$y$z$a$b']) expect(await verifyPassword('x', stored)).toBe(false);
  });

  it('generates long random passwords', () => {
    expect(generatePassword()).toMatch(/^[\w-]{24}$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});

describe('session tokens', () => {
  const secret = Buffer.from('0123456789abcdef0123456789abcdef');
  const claims = { sub: 'u1', iat: 1000, exp: 2000, pwd: 'f', ver: 0, sid: 's1' };

  it('round-trip before expiry, and not at or after it', () => {
    const token = issueToken(claims, secret);
    expect(verifyToken(token, secret, 1999)).toEqual(claims);
    expect(verifyToken(token, secret, 2000)).toBeNull();
  });

  it('are refused with another secret or any change', () => {
    const token = issueToken(claims, secret);
    expect(verifyToken(token, Buffer.from('another secret of thirty-two chars!'), 1500)).toBeNull();
    const [payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyToken(`${other}.${signature}`, secret, 1500)).toBeNull();
    expect(verifyToken(`${payload}.${signature}x`, secret, 1500)).toBeNull();
    expect(verifyToken(`${payload}`, secret, 1500)).toBeNull();
  });
});

describe('RateLimiter', () => {
  it('allows a burst of capacity, then one per refill interval, per key', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 1]);
    expect(limiter.take('b')).toBe(0);
    now += 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 1]);
  });
});

describe('readCookie', () => {
  it('finds one cookie among others and survives junk', () => {
    expect(readCookie('a=1; weefsel_session=abc.def; b=2', 'weefsel_session')).toBe('abc.def');
    expect(readCookie('weefsel_sessionx=1', 'weefsel_session')).toBeUndefined();
    expect(readCookie('weefsel_session=%E0%A4%A', 'weefsel_session')).toBeUndefined();
    expect(readCookie(undefined, 'weefsel_session')).toBeUndefined();
  });
});
