import { isRole } from '@weefsel/graph-schema';
import { generatePassword } from '../auth/password';
import { runCli } from './run-cli';

/**
 * npm run user:add -- --name NAME --role viewer|editor|admin [--reset]
 * The password comes from WEEFSEL_NEW_USER_PASSWORD, or is generated and printed once (CI and
 * scripts have no terminal to type it in). --reset gives an existing user the role and password.
 */
function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

const name = option('name');
const role = option('role') ?? 'viewer';
if (!name || !isRole(role)) {
  console.error('usage: npm run user:add -- --name NAME --role viewer|editor|admin [--reset]\n  password: WEEFSEL_NEW_USER_PASSWORD, or one is generated');
  process.exit(2);
}
const reset = process.argv.includes('--reset');
const given = process.env.WEEFSEL_NEW_USER_PASSWORD || null;

await runCli('user:add', async ({ store, users }) => {
  const who = { userId: null, userName: 'cli:user:add' };
  const password = given ?? generatePassword();
  const existing = await store.getUserByName(name.trim().toLowerCase());
  if (existing && !reset) throw new Error(`a user named "${existing.name}" exists already; pass --reset to give it this role and a new password`);
  if (existing) await users.update(existing.id, { role, password }, who);
  else await users.create(name, role, password, who);
  const shown = given ? '(from WEEFSEL_NEW_USER_PASSWORD)' : password;
  return `${existing ? 'updated' : 'created'} user ${name.trim().toLowerCase()} with role ${role}; password: ${shown}`;
});
