import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { checkNewUser, normaliseUserName, userProblemsOf } from './user-problems';

function refusal(path: string, message: string) {
  return new GraphQLRequestError('rejected', [{ message: 'rejected', extensions: { code: 'BAD_USER_INPUT', issues: [{ path, message, code: 'invalid', params: {} }] } }], 200);
}

describe('user problems', () => {
  it('checks a new user as the API does', () => {
    expect(checkNewUser('Ann.Peeters ', '')).toEqual([]);
    expect(normaliseUserName(' Ann ')).toBe('ann');
    expect(checkNewUser('a', 'short')).toEqual([
      { field: 'name', key: 'admin.problem.nameRule' },
      { field: 'password', key: 'admin.problem.passwordRule' },
    ]);
    expect(checkNewUser('-ann', 'x'.repeat(12))).toEqual([{ field: 'name', key: 'admin.problem.nameRule' }]);
    expect(checkNewUser('ann', 'x'.repeat(201))).toEqual([{ field: 'password', key: 'admin.problem.passwordRule' }]);
  });

  it('tells the API\'s refusals apart by path and reason', () => {
    expect(userProblemsOf(refusal('id', 'is the last admin; make another user admin first'))).toEqual([{ field: 'user', key: 'admin.problem.lastAdmin' }]);
    expect(userProblemsOf(refusal('id', 'no user with id "user-1"'))).toEqual([{ field: 'user', key: 'admin.problem.userGone' }]);
    expect(userProblemsOf(refusal('name', 'a user named "ann" exists already; choose another name'))).toEqual([{ field: 'name', key: 'admin.problem.nameTaken' }]);
    expect(userProblemsOf(refusal('name', 'must be 3-64 letters'))).toEqual([{ field: 'name', key: 'admin.problem.nameRule' }]);
    expect(userProblemsOf(refusal('password', 'must be 12 to 200 characters'))).toEqual([{ field: 'password', key: 'admin.problem.passwordRule' }]);
  });

  it('leaves other errors to the general wording', () => {
    expect(userProblemsOf(new Error('offline'))).toEqual([]);
    expect(userProblemsOf(new GraphQLRequestError('no', [{ message: 'no', extensions: { code: 'FORBIDDEN' } }], 200))).toEqual([]);
  });
});
