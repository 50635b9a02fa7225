import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAll, startMain } from '../support/main-process';
import { runCli } from '../support/run-cli';
import { gql, login } from '../support/test-app';

let dir: string;

const userAdd = (db: string, args: string[], env: Record<string, string> = {}) => runCli('user-add', db, args, env);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-users-cli-'));
});
afterAll(async () => {
  killAll();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run user:add', () => {
  it('creates a user with the password from the environment, refuses a duplicate, resets with --reset', async () => {
    const db = path.join(dir, 'users.sqlite');
    const created = await userAdd(db, ['--name', 'Beheer', '--role', 'admin'], { WEEFSEL_NEW_USER_PASSWORD: 'an admin password' });
    expect(created.stdout).toMatch(/created user beheer with role admin; password: \(from WEEFSEL_NEW_USER_PASSWORD\)/);
    const again = await userAdd(db, ['--name', 'beheer', '--role', 'viewer']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already; pass --reset/);
    const reset = await userAdd(db, ['--name', 'beheer', '--role', 'admin', '--reset']);
    expect(reset.stdout).toMatch(/updated user beheer with role admin; password: [\w-]{24}$/m);
    // The only admin cannot be demoted: someone must be able to manage users.
    const demote = await userAdd(db, ['--name', 'beheer', '--role', 'viewer', '--reset']);
    expect(demote.stderr).toMatch(/last admin/);
    expect((await userAdd(db, ['--role', 'admin'])).code).toBe(2);
  }, 60_000);
});

describe('first start (npm start)', () => {
  it('creates demo users on a fresh demo store, prints how to log in, and shuts down gracefully on SIGTERM', async () => {
    const db = path.join(dir, 'fresh', 'weefsel.sqlite');
    const main = startMain(db);
    const url = await main.ready;
    const password = /password: (\S+)/.exec(main.output())?.[1] ?? '';
    expect(main.output()).toContain('demo-viewer, demo-editor, demo-admin');
    expect(await readFile(path.join(dir, 'fresh', 'demo-users.txt'), 'utf8')).toContain(password);
    const { cookie } = await login(url, 'demo-viewer', password);
    const me = await gql<{ me: { role: string } }>(url, '{ me { role } }', {}, { cookie: cookie ?? '' });
    expect(me.data?.me.role).toBe('viewer');
    main.proc.kill('SIGTERM');
    expect(await main.exited).toBe(0);

    // A second start finds the store filled: no new demo users, no new password.
    const second = startMain(db, { WEEFSEL_ADMIN_USER: 'ops', WEEFSEL_ADMIN_PASSWORD: 'from the environment' });
    const secondUrl = await second.ready;
    expect(second.output()).not.toContain('demo-viewer');
    expect(second.output()).toContain('admin     ops: created');
    expect((await login(secondUrl, 'ops', 'from the environment')).body.data?.login).toMatchObject({ role: 'admin' });
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);

  it('creates no demo users in production', async () => {
    const main = startMain(path.join(dir, 'prod', 'weefsel.sqlite'), { NODE_ENV: 'production' });
    await main.ready;
    expect(main.output()).not.toContain('demo-viewer');
    expect(main.output()).toContain('no users yet: create an admin with  npm run user:add -- --name NAME --role admin');
    expect(main.output()).not.toContain('GraphiQL');
    main.proc.kill('SIGTERM');
    expect(await main.exited).toBe(0);
  }, 120_000);
});
