import { graphql } from '../../gql';
import type { AuditFilter, Role, WebAuditLogQuery, WebUsersQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';

const usersQuery = graphql(`
  query WebUsers { users { id name role createdAt updatedAt } }
`);

const createUserMutation = graphql(`
  mutation WebCreateUser($input: NewUserInput!) { createUser(input: $input) { password user { id name role createdAt updatedAt } } }
`);

const updateUserMutation = graphql(`
  mutation WebUpdateUser($id: ID!, $changes: UserChangesInput!) { updateUser(id: $id, changes: $changes) { id name role createdAt updatedAt } }
`);

const deleteUserMutation = graphql(`
  mutation WebDeleteUser($id: ID!) { deleteUser(id: $id) }
`);

const auditLogQuery = graphql(`
  query WebAuditLog($filter: AuditFilter, $offset: Int!, $limit: Int!) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total
      items { id at userId userName operation targetType targetId before after }
    }
  }
`);

export type UserRecord = WebUsersQuery['users'][number];
export type AuditPage = WebAuditLogQuery['auditLog'];
export type AuditItem = AuditPage['items'][number];
export type { AuditFilter };

export async function fetchUsers(signal?: AbortSignal): Promise<UserRecord[]> {
  return (await execute(usersQuery, {}, { signal })).users;
}

/** Without a password the API makes one and returns it this once. */
export async function createUser(name: string, role: Role, password: string | null): Promise<{ user: UserRecord; password: string | null }> {
  const answer = (await execute(createUserMutation, { input: { name, role, password } })).createUser;
  return { user: answer.user, password: answer.password ?? null };
}

export async function updateUser(id: string, changes: { role?: Role; password?: string }): Promise<UserRecord> {
  return (await execute(updateUserMutation, { id, changes })).updateUser;
}

export async function deleteUser(id: string): Promise<boolean> {
  return (await execute(deleteUserMutation, { id })).deleteUser;
}

export async function fetchAuditLog(filter: AuditFilter, offset: number, limit: number, signal?: AbortSignal): Promise<AuditPage> {
  return (await execute(auditLogQuery, { filter, offset, limit }, { signal })).auditLog;
}
