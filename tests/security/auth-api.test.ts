import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLog } from '../support/captured-log';
import { gql, loggedInNewUser, login, startTestApp, testPassword, testUsers, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

describe.each(testStoreKinds('auth API'))('auth API on %s', (storeKind) => {
  let app: TestApp;
  let logLines: string[] = [];

  beforeAll(async () => {
    const captured = capturedLog();
    logLines = captured.lines;
    app = await startTestApp({ store: storeKind, seed: false, security: { loginPerMinute: 5, writesPerMinute: 20 }, log: captured.log });
  });
  afterAll(() => app.stop());

  describe('login and the session cookie', () => {
    it('sets an httpOnly, SameSite=Strict session cookie on the whole site, and me answers', async () => {
      const res = await login(app.url, testUsers.viewer, testPassword);
      expect(res.body.data?.login).toMatchObject({ name: 'test-viewer', role: 'viewer' });
      const flags = (res.setCookie ?? '').split(';').map((part) => part.trim().toLowerCase());
      expect(flags[0]).toMatch(/^weefsel_session=[\w-]+\.[\w-]+$/);
      expect(flags).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'max-age=3600']));
      // Development default: not Secure, so http://localhost works; production sets Secure.
      expect(flags).not.toContain('secure');
      const me = await gql<{ me: { name: string; role: string } }>(app.url, '{ me { name role } }', {}, { cookie: res.cookie ?? '' });
      expect(me.data?.me).toEqual({ name: 'test-viewer', role: 'viewer' });
    });

    it('refuses a wrong password or unknown name with the same message, and sets no cookie', async () => {
      const wrong = await login(app.url, testUsers.editor, 'wrong password!');
      const unknown = await login(app.url, 'nobody-here', 'wrong password!');
      for (const res of [wrong, unknown]) {
        expect(res.setCookie).toBeNull();
        expect(res.body.errors?.[0]).toMatchObject({ message: 'Login failed: wrong user name or password', extensions: { code: 'UNAUTHENTICATED' } });
      }
    });

    it('ignores a forged or tampered cookie: the caller is anonymous', async () => {
      const good = (await login(app.url, testUsers.admin, testPassword)).cookie ?? '';
      const [name, value] = good.split('=');
      const [payload, signature] = (value ?? '').split('.');
      const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', iat: 0, exp: 9_999_999_999, pwd: 'x' })).toString('base64url');
      for (const cookie of [`${name}=${forgedPayload}.${signature}`, `${name}=${payload}.AAAA${signature?.slice(4)}`, `${name}=garbage`]) {
        const me = await gql<{ me: unknown }>(app.url, '{ me { id } }', {}, { cookie });
        expect(me.data?.me).toBeNull();
        expect(me.headers.get('set-cookie')).toMatch(/weefsel_session=;/);
      }
    });

    it('logout clears the cookie', async () => {
      const res = await gql(app.url, 'mutation { logout }', {}, { as: 'viewer' });
      expect(res.data).toEqual({ logout: true });
      expect(res.headers.get('set-cookie')).toMatch(/^weefsel_session=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('ends the sessions of a user whose password changed or who was deleted', async () => {
      const { id, password: generated, cookie: first } = await loggedInNewUser(app.url, 'temp-user', 'editor');
      expect(generated).toMatch(/^[\w-]{24}$/);
      const changed = await gql(app.url, 'mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "a brand new password") { id } }', { c: generated }, { cookie: first });
      expect(changed.errors).toBeUndefined();
      const renewed = changed.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect((await gql<{ me: unknown }>(app.url, '{ me { id } }', {}, { cookie: first })).data?.me).toBeNull();
      expect((await gql<{ me: { id: string } }>(app.url, '{ me { id } }', {}, { cookie: renewed })).data?.me).toEqual({ id });
      await gql(app.url, 'mutation ($id: ID!) { deleteUser(id: $id) }', { id }, { as: 'admin' });
      expect((await gql<{ me: unknown }>(app.url, '{ me { id } }', {}, { cookie: renewed })).data?.me).toBeNull();
    });

    it('keeps the last admin: it cannot be deleted or demoted', async () => {
      const users = await gql<{ users: { id: string; role: string }[] }>(app.url, '{ users { id role } }', {}, { as: 'admin' });
      const admin = users.data!.users.find((u) => u.role === 'admin')!;
      const del = await gql(app.url, 'mutation ($id: ID!) { deleteUser(id: $id) }', { id: admin.id }, { as: 'admin' });
      expect(del.errors?.[0]?.extensions?.issues).toEqual([{ path: 'id', message: 'is the last admin; make another user admin first', code: 'lastAdmin', params: {} }]);
      const demote = await gql(app.url, 'mutation ($id: ID!) { updateUser(id: $id, changes: { role: viewer }) { id } }', { id: admin.id }, { as: 'admin' });
      expect(demote.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('rate limits', () => {
    it('limits login attempts per client and name, saying when to retry', async () => {
      const codes: unknown[] = [];
      for (let i = 0; i < 7; i += 1) codes.push((await login(app.url, 'rate-test', 'wrong password!')).body.errors?.[0]?.extensions?.code);
      expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
      const limited = await login(app.url, 'rate-test', 'wrong password!');
      expect(limited.body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
      // The same number as a param, the way every coded problem carries its values for the web.
      expect(limited.body.errors?.[0]?.extensions?.params).toEqual({ retryAfter: limited.body.errors?.[0]?.extensions?.retryAfter });
    });

    it('limits writes per user with HTTP 429 and Retry-After, leaving reads alone', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i += 1) {
        const res = await gql(app.url, `mutation { upsertActor(input: { id: "rate-${i}", kind: Organisation, name: "Rate ${i}" }) { id } }`, {}, { as: 'editor' });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
          expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
          expect(res.errors?.[0]?.extensions?.params).toEqual({ retryAfter: Number(res.headers.get('retry-after')) });
        }
      }
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
      expect(statuses).toContain(429);
      expect((await gql(app.url, '{ actors(limit: 1) { total } }', {}, { as: 'editor' })).status).toBe(200);
      // Another user has a bucket of its own.
      const other = await gql(app.url, 'mutation { upsertActor(input: { id: "rate-admin", kind: Organisation, name: "R" }) { id } }', {}, { as: 'admin' });
      expect(other.errors).toBeUndefined();
    });
  });

  describe('structured logs', () => {
    it('log requests without passwords, cookies or tokens', async () => {
      await login(app.url, testUsers.viewer, 'a secret attempt 123');
      await gql(app.url, 'mutation { changePassword(currentPassword: "hunter2-very-secret", newPassword: "another-secret-456") { id } }', {}, { as: 'viewer' });
      // A bad input is logged with the code its answer carries.
      await gql(app.url, '{ gaps(asOf: "2024-01-01", history: true) { asOf } }', {}, { as: 'viewer' });
      const text = logLines.join('');
      expect(text).toContain('"msg":"graphql request"');
      expect(text).toContain('"errors":["BAD_USER_INPUT"]');
      expect(text).not.toContain('"errors":["UNKNOWN"]');
      for (const secret of ['a secret attempt 123', 'hunter2-very-secret', 'another-secret-456', testPassword, 'weefsel_session=']) {
        expect(text).not.toContain(secret);
      }
    });
  });
});
