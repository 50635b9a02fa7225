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

  it('logout ends the session server-side: a copy of the cookie made before is refused', async () => {
    const { cookie } = await login(app.url, testUsers.viewer, testPassword);
    const copied = cookie ?? '';
    expect(await me(copied)).toEqual({ name: testUsers.viewer });
    const out = await gql(app.url, 'mutation { logout }', {}, { cookie: copied });
    expect(out.data).toEqual({ logout: true });
    expect(await me(copied)).toBeNull();
    const stolen = await gql(app.url, '{ actors { total } }', {}, { cookie: copied });
    expect(stolen.status).toBe(401);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the sessions on every device, and a new login works', async () => {
    const laptop = (await login(app.url, testUsers.editor, testPassword)).cookie ?? '';
    const phone = (await login(app.url, testUsers.editor, testPassword)).cookie ?? '';
    await gql(app.url, 'mutation { logout }', {}, { cookie: phone });
    expect(await me(laptop)).toBeNull();
    expect(await me(phone)).toBeNull();
    const again = (await login(app.url, testUsers.editor, testPassword)).cookie ?? '';
    expect(await me(again)).toEqual({ name: testUsers.editor });
  });

  it('leaves the sessions of other users alone', async () => {
    const admin = (await login(app.url, testUsers.admin, testPassword)).cookie ?? '';
    const viewer = (await login(app.url, testUsers.viewer, testPassword)).cookie ?? '';
    await gql(app.url, 'mutation { logout }', {}, { cookie: viewer });
    expect(await me(admin)).toEqual({ name: testUsers.admin });
  });
});
