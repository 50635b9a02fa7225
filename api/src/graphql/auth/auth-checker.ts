import { hasRole, type Role } from '@weefsel/graph-schema';
import { GraphQLError } from 'graphql';
import { Extensions, type AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../context';

export const accessExtension = 'access';

/** Marks a query or mutation anyone may call without logging in (login, logout, me). */
export const Public = () => Extensions({ [accessExtension]: 'public' });

/** `status`: 401 when the whole request is refused before it runs; a single field's refusal leaves it 200. */
export function unauthenticated(operation: string, status?: 401): GraphQLError {
  return new GraphQLError(`${operation}: you are not logged in; log in with the login mutation first`, {
    extensions: { code: 'UNAUTHENTICATED', ...(status ? { http: { status } } : {}) },
  });
}

/**
 * `@Authorized('editor')` means "editor or higher" (ranks from graph-schema's roles);
 * `@Authorized()` means any logged-in user. Anonymous requests get UNAUTHENTICATED, users with
 * too low a role FORBIDDEN, each naming the operation and the role it needs.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, required) => {
  const user = context.auth.user;
  if (!user) throw unauthenticated(info.fieldName);
  const role = required[0] ?? 'viewer';
  if (!hasRole(user.role, role)) {
    throw new GraphQLError(`${info.fieldName}: needs the ${role} role; you are logged in as ${user.role}`, {
      extensions: { code: 'FORBIDDEN', requiredRole: role, params: { requiredRole: role, role: user.role } },
    });
  }
  return true;
};
