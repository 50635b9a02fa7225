import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';

describe('a SQLite database that becomes read-only under a running server', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app.stop());

  it('is no longer ready and answers writes with a clear error, while reads go on', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    // What a read-only file or mount does to the open connection; the tests run as root, where
    // a file mode stops no write.
    (app.store as unknown as { db: { pragma(text: string): unknown } }).db.pragma('query_only = ON');
    const write = await gql(app.url, 'mutation { upsertActor(input: { id: "org-ro", kind: Organisation, name: "Alleen lezen" }) { id } }');
    expect(write.errors?.[0]).toMatchObject({ message: expect.stringMatching(/read-only/), extensions: { code: 'STORE_READ_ONLY', retryable: false } });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', store: 'sqlite', reason: expect.stringMatching(/cannot be written/) });
    expect((await gql<{ actors: { total: number } }>(app.url, '{ actors { total } }')).data?.actors.total).toBe(0);
  });
});
