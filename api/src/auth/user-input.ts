import { isRole, codedIssue, ValidationError, type Role } from '@weefsel/graph-schema';

export const passwordRules = { min: 12, max: 200 } as const;
const namePattern = /^[a-z0-9][a-z0-9._@-]{2,63}$/;

/** User names are compared lower case and trimmed, so "Ann " and "ann" are one user. */
export function normaliseUserName(name: string): string {
  return name.trim().toLowerCase();
}

export function checkUserName(operation: string, name: string, path = 'name'): string {
  const normalised = normaliseUserName(name);
  if (!namePattern.test(normalised)) {
    throw new ValidationError(operation, [codedIssue(path, 'userNameRule')]);
  }
  return normalised;
}

export function checkPassword(operation: string, password: string, path = 'password'): string {
  if (password.length < passwordRules.min || password.length > passwordRules.max) {
    throw new ValidationError(operation, [codedIssue(path, 'passwordRule', { min: passwordRules.min, max: passwordRules.max })]);
  }
  return password;
}

export function checkRole(operation: string, role: unknown, path = 'role'): Role {
  if (!isRole(role)) throw new ValidationError(operation, [codedIssue(path, 'roleRule')]);
  return role;
}
