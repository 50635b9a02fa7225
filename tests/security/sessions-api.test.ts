import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, startTestApp, testPassword, testUsers, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

describe.each(testStoreKinds('sessions API'))('sessions on %s', (storeKind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ store: storeKind, seed: false });
  });
  afterAll(() => app.stop());

  const me = async (cookie: string) => (await gql<{ me: { name: string } | null }>(app.url, '{ me { name } }', {}, { cookie })).data?.me ?? null;
  const session = async (name: string) => (await login(app.url, name, testPassword)).cookie ?? '';

  it('logout ends the session on the server: a copy of its cookie is refused, other sessions go on', async () => {
    const copied = await session(testUsers.viewer);
    const otherDevice = await session(testUsers.viewer);
    expect(await me(copied)).toEqual({ name: testUsers.viewer });
    const out = await gql(app.url, 'mutation { logout }', {}, { cookie: copied });
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/^weefsel_session=;/);
    expect(await me(copied)).toBeNull();
    const stolen = await gql(app.url, '{ actors { total } }', {}, { cookie: copied });
    expect(stolen.status).toBe(401);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await me(otherDevice)).toEqual({ name: testUsers.viewer });
  });

  it('logoutEverywhere ends every session of the user, and a new login works', async () => {
    const laptop = await session(testUsers.editor);
    const phone = await session(testUsers.editor);
    const admin = await session(testUsers.admin);
    expect((await gql(app.url, 'mutation { logoutEverywhere }', {}, { cookie: phone })).data).toEqual({ logoutEverywhere: true });
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
    expect(await me(admin)).toEqual({ name: testUsers.admin });
    expect(await me(await session(testUsers.editor))).toEqual({ name: testUsers.editor });
  });

  it('keeps ended sessions ended through many logouts (the list is bounded: past it, all sessions end)', async () => {
    const kept = await session(testUsers.admin);
    const ended: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const cookie = await session(testUsers.admin);
      await gql(app.url, 'mutation { logout }', {}, { cookie });
      ended.push(cookie);
    }
    for (const cookie of ended) expect(await me(cookie)).toBeNull();
    expect(await me(kept)).toEqual({ name: testUsers.admin });
  });
});
