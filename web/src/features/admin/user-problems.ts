import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageKey } from '../../i18n/messages';

/** Where a problem with a user shows: at a form field, or about the user as a whole. */
export type UserProblemField = 'name' | 'password' | 'user';

export interface UserProblem {
  field: UserProblemField;
  key: MessageKey;
}

// Same rules as the API's user-input.ts, checked here first so a person learns them before sending.
const namePattern = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
export const passwordLength = { min: 12, max: 200 } as const;

/** The name as the API stores it: trimmed and lower case ("Ann " and "ann" are one user). */
export function normaliseUserName(name: string): string {
  return name.trim().toLowerCase();
}

export function checkNewUser(name: string, password: string): UserProblem[] {
  const problems: UserProblem[] = [];
  if (!namePattern.test(normaliseUserName(name))) problems.push({ field: 'name', key: 'admin.problem.nameRule' });
  // Empty: the API makes a password.
  if (password !== '' && !passwordFits(password)) problems.push({ field: 'password', key: 'admin.problem.passwordRule' });
  return problems;
}

export function passwordFits(password: string): boolean {
  return password.length >= passwordLength.min && password.length <= passwordLength.max;
}

interface RawIssue {
  code?: unknown;
}

/** The API's problem codes of a user write, and where and how this page says them. */
const problemOfCode: Record<string, UserProblem> = {
  userNameRule: { field: 'name', key: 'admin.problem.nameRule' },
  userNameTaken: { field: 'name', key: 'admin.problem.nameTaken' },
  passwordRule: { field: 'password', key: 'admin.problem.passwordRule' },
  lastAdmin: { field: 'user', key: 'admin.problem.lastAdmin' },
  unknownUser: { field: 'user', key: 'admin.problem.userGone' },
};

/**
 * The API's refusals of a user write, as messages of this page, by their problem code. Empty when
 * the error is of another sort: the caller then words it as any error.
 */
export function userProblemsOf(error: unknown): UserProblem[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  const issues = error.errors.flatMap((each) => {
    const raw = each.extensions?.code === 'BAD_USER_INPUT' ? each.extensions.issues : undefined;
    return Array.isArray(raw) ? (raw as RawIssue[]) : [];
  });
  return issues.flatMap((issue) => {
    const problem = typeof issue.code === 'string' ? problemOfCode[issue.code] : undefined;
    return problem ? [problem] : [];
  });
}
