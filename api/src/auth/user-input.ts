import { isRole, ValidationError, type Role } from '@weefsel/graph-schema';

export const passwordRules = { min: 12, max: 200 } as const;
const namePattern = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

/** User names are compared lower case and trimmed, so "Ann " and "ann" are one user. */
export function normaliseUserName(name: string): string {
  return name.trim().toLowerCase();
}

export function checkUserName(operation: string, name: string, path = 'name'): string {
  const normalised = normaliseUserName(name);
  if (!namePattern.test(normalised)) {
    throw new ValidationError(operation, [{ path, message: 'must be 3-64 letters, digits and . _ @ -, starting with a letter or digit' }]);
  }
  return normalised;
}

export function checkPassword(operation: string, password: string, path = 'password'): string {
  if (password.length < passwordRules.min || password.length > passwordRules.max) {
    throw new ValidationError(operation, [{ path, message: `must be ${passwordRules.min} to ${passwordRules.max} characters` }]);
  }
  return password;
}

export function checkRole(operation: string, role: unknown, path = 'role'): Role {
  if (!isRole(role)) throw new ValidationError(operation, [{ path, message: 'must be viewer, editor or admin' }]);
  return role;
}
