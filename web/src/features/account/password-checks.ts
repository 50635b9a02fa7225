import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageKey } from '../../i18n/messages';

export type PasswordField = 'current' | 'next' | 'repeat';

export interface PasswordProblem {
  field: PasswordField;
  key: MessageKey;
}

export interface PasswordDraft {
  current: string;
  next: string;
  repeat: string;
}

// The API's rule (api/src/auth/user-input.ts), checked here first so nobody waits for a refusal.
const length = { min: 12, max: 200 } as const;

/** What is wrong with the form before it is sent; empty when it may go. */
export function checkPasswordDraft(draft: PasswordDraft): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (draft.current === '') problems.push({ field: 'current', key: 'account.problem.required' });
  if (draft.next.length < length.min || draft.next.length > length.max) problems.push({ field: 'next', key: 'admin.problem.passwordRule' });
  else if (draft.next === draft.current) problems.push({ field: 'next', key: 'account.problem.sameAsCurrent' });
  if (draft.repeat !== draft.next) problems.push({ field: 'repeat', key: 'account.problem.mismatch' });
  return problems;
}

/**
 * The API's refusals of changePassword at their fields. It marks them with the code `invalid`;
 * the path (currentPassword, newPassword) says which rule was broken. Empty for other errors.
 */
export function passwordProblemsOf(error: unknown): PasswordProblem[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  return error.errors.flatMap((each) => {
    const issues = each.extensions?.code === 'BAD_USER_INPUT' ? each.extensions.issues : undefined;
    if (!Array.isArray(issues)) return [];
    return (issues as { path?: unknown }[]).flatMap((issue): PasswordProblem[] => {
      if (issue.path === 'currentPassword') return [{ field: 'current', key: 'account.problem.wrongCurrent' }];
      if (issue.path === 'newPassword') return [{ field: 'next', key: 'admin.problem.passwordRule' }];
      return [];
    });
  });
}
