import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { checkNewUser, normaliseUserName, userProblemsOf } from './user-problems';

function refusal(path: string, code: string) {
  return new GraphQLRequestError('rejected', [{ message: 'rejected', extensions: { code: 'BAD_USER_INPUT', issues: [{ path, message: 'in English', code, params: {} }] } }], 200);
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

  it("tells the API's refusals apart by their problem code", () => {
    expect(userProblemsOf(refusal('id', 'lastAdmin'))).toEqual([{ field: 'user', key: 'admin.problem.lastAdmin' }]);
    expect(userProblemsOf(refusal('id', 'unknownUser'))).toEqual([{ field: 'user', key: 'admin.problem.userGone' }]);
    expect(userProblemsOf(refusal('name', 'userNameTaken'))).toEqual([{ field: 'name', key: 'admin.problem.nameTaken' }]);
    expect(userProblemsOf(refusal('name', 'userNameRule'))).toEqual([{ field: 'name', key: 'admin.problem.nameRule' }]);
    expect(userProblemsOf(refusal('password', 'passwordRule'))).toEqual([{ field: 'password', key: 'admin.problem.passwordRule' }]);
    expect(userProblemsOf(refusal('name', 'invalid'))).toEqual([]);
  });

  it('leaves other errors to the general wording', () => {
    expect(userProblemsOf(new Error('offline'))).toEqual([]);
    expect(userProblemsOf(new GraphQLRequestError('no', [{ message: 'no', extensions: { code: 'FORBIDDEN' } }], 200))).toEqual([]);
  });
});
