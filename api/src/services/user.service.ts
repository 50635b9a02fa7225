import { randomUUID } from 'node:crypto';
import { hasRole, codedIssue, ValidationError, type Role } from '@weefsel/graph-schema';
import { generatePassword, hashPassword, verifyPassword } from '../auth/password';
import { checkPassword, checkRole, checkUserName } from '../auth/user-input';
import type { GraphStore } from '../store/graph-store';
import type { StoredUser, WriteAuthor } from '../store/user-audit-store';

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export function publicUser(user: StoredUser): PublicUser {
  return { id: user.id, name: user.name, role: user.role, createdAt: user.createdAt, updatedAt: user.updatedAt };
}

/** Creating, changing and removing users (admins), and changing one's own password (anyone). */
export class UserService {
  constructor(private readonly store: GraphStore) {}

  async list(): Promise<PublicUser[]> {
    return (await this.store.listUsers()).map(publicUser);
  }

  /** Without a password, one is generated and returned once, to be handed to the new user. */
  async create(name: string, role: Role, password: string | null, who?: WriteAuthor): Promise<{ user: PublicUser; password: string | null }> {
    const checkedName = checkUserName('createUser', name);
    const checkedRole = checkRole('createUser', role);
    const generated = password === null ? generatePassword() : null;
    const passwordHash = await hashPassword(checkPassword('createUser', password ?? (generated as string)));
    const user = await this.store.createUser({ id: `user-${randomUUID()}`, name: checkedName, role: checkedRole, passwordHash }, who);
    return { user: publicUser(user), password: generated };
  }

  async update(id: string, changes: { role?: Role | null; password?: string | null }, who?: WriteAuthor): Promise<PublicUser> {
    const role = changes.role == null ? undefined : checkRole('updateUser', changes.role);
    const passwordHash = changes.password == null ? undefined : await hashPassword(checkPassword('updateUser', changes.password));
    if (role && !hasRole(role, 'admin')) await this.keepAnAdmin('updateUser', id);
    return publicUser(await this.store.updateUser(id, { role, passwordHash }, who));
  }

  async delete(id: string, who?: WriteAuthor): Promise<boolean> {
    await this.keepAnAdmin('deleteUser', id);
    return this.store.deleteUser(id, who);
  }

  async changeOwnPassword(userId: string, current: string, next: string, who: WriteAuthor): Promise<PublicUser> {
    const user = await this.store.getUser(userId);
    if (!user || !(await verifyPassword(current, user.passwordHash))) {
      throw new ValidationError('changePassword', [codedIssue('currentPassword', 'wrongCurrentPassword')]);
    }
    const passwordHash = await hashPassword(checkPassword('changePassword', next, 'newPassword'));
    return publicUser(await this.store.updateUser(userId, { passwordHash }, who));
  }

  /** Nobody could manage users any more without an admin: the last one stays. */
  private async keepAnAdmin(operation: string, id: string): Promise<void> {
    const admins = (await this.store.listUsers()).filter((u) => u.role === 'admin');
    if (admins.length === 1 && admins[0]?.id === id) {
      throw new ValidationError(operation, [codedIssue('id', 'lastAdmin')]);
    }
  }
}
