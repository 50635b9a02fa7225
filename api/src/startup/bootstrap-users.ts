import type { GraphStore } from '../store/graph-store';
import type { WriteAuthor } from '../store/user-audit-store';
import { UserService } from '../services/user.service';
import { generatePassword } from '../auth/password';

const bootstrap: WriteAuthor = { userId: null, userName: 'system:start' };

/** The demo users a fresh demo store gets: one per role, sharing one generated password. */
export const demoUserNames = { viewer: 'demo-viewer', editor: 'demo-editor', admin: 'demo-admin' } as const;

/**
 * Creates the admin named in WEEFSEL_ADMIN_USER unless a user of that name exists; an existing
 * user is left alone (its password is not reset from the environment).
 */
export async function ensureAdmin(store: GraphStore, admin: { name: string; password: string }): Promise<'created' | 'exists'> {
  if (await store.getUserByName(admin.name)) return 'exists';
  try {
    await new UserService(store).create(admin.name, 'admin', admin.password, bootstrap);
  } catch (error) {
    // Another instance starting on the same store may have created it a moment ago.
    if (await store.getUserByName(admin.name)) return 'exists';
    throw error;
  }
  return 'created';
}

/** Creates the three demo users; returns their shared password, or null if any of them exists. */
export async function createDemoUsers(store: GraphStore): Promise<string | null> {
  for (const name of Object.values(demoUserNames)) if (await store.getUserByName(name)) return null;
  const password = generatePassword();
  const users = new UserService(store);
  try {
    for (const [role, name] of Object.entries(demoUserNames)) {
      await users.create(name, role as keyof typeof demoUserNames, password, bootstrap);
    }
  } catch (error) {
    // Another instance starting on the same empty store made them first; its password stands.
    if (await store.getUserByName(demoUserNames.viewer)) return null;
    throw error;
  }
  return password;
}
