import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { checkPasswordDraft, passwordProblemsOf } from './password-checks';

const good = 'a long enough sentence';

describe('changing one\'s password', () => {
  it('accepts a filled-in, repeated, long enough new password', () => {
    expect(checkPasswordDraft({ current: 'old password here', next: good, repeat: good })).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(checkPasswordDraft({ current: '', next: 'short', repeat: 'other' })).toEqual([
      { field: 'current', key: 'account.problem.required' },
      { field: 'next', key: 'admin.problem.passwordRule' },
      { field: 'repeat', key: 'account.problem.mismatch' },
    ]);
    expect(checkPasswordDraft({ current: good, next: good, repeat: good })).toEqual([{ field: 'next', key: 'account.problem.sameAsCurrent' }]);
  });

  it('puts the API\'s refusals at their fields', () => {
    const refusal = (path: string) => new GraphQLRequestError('x', [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', issues: [{ path, code: 'invalid', message: 'x' }] } }], 200);
    expect(passwordProblemsOf(refusal('currentPassword'))).toEqual([{ field: 'current', key: 'account.problem.wrongCurrent' }]);
    expect(passwordProblemsOf(refusal('newPassword'))).toEqual([{ field: 'next', key: 'admin.problem.passwordRule' }]);
    expect(passwordProblemsOf(new Error('offline'))).toEqual([]);
  });
});
