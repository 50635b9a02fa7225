import { describe, expect, it } from 'vitest';
import { problemCodes, problemText } from './problem-codes';
import { validateActor, validateRelation } from './validate';
import { ValidationError, type CodedIssue } from './validation-error';

function issuesOf(run: () => unknown): CodedIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const codesOf = (issues: CodedIssue[]) => Object.fromEntries(issues.map((i) => [i.path, [i.code, i.params]]));

describe('problem codes', () => {
  it('fills templates and keeps a missing param visible', () => {
    expect(problemText('untilBeforeSince', { since: '2025-09-01' })).toBe('must not be before since (2025-09-01)');
    expect(problemText('tooLong')).toBe('must be at most {max} characters');
    expect(new Set(problemCodes).size).toBe(problemCodes.length);
  });

  it('gives every actor validation issue a code and params, with the English message kept', () => {
    const issues = issuesOf(() => validateActor({ id: 'a 1', kind: 'Vereniging', name: '  ', description: 'x'.repeat(5001), contact: { fax: '1' } }));
    expect(codesOf(issues)).toEqual({
      id: ['invalidId', { max: 128 }],
      kind: ['unknownValue', { property: 'kind', value: 'Vereniging' }],
      name: ['empty', {}],
      description: ['tooLong', { max: 5000 }],
      contact: ['unknownProperty', { value: 'fax' }],
    });
    expect(issues.find((i) => i.path === 'name')?.message).toBe('must not be empty');
    expect(codesOf(issuesOf(() => validateActor({ id: 'a1', kind: 'Organisation', name: 'A', contact: { email: 'jan at caw' } })))).toEqual({ 'contact.email': ['invalidEmail', {}] });
    expect(validateActor({ id: 'a1', kind: 'Organisation', name: 'A', contact: { email: 'jan@caw.be', phone: '' } }).contact).toEqual({ email: 'jan@caw.be' });
  });

  it('codes relation issues: dates, weight, ends', () => {
    const relation = { kind: 'FUNDS', source: 'a', target: 'b' };
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, since: '2025-09-01', until: '2025-08-31' })))).toEqual({ until: ['untilBeforeSince', { since: '2025-09-01' }] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, since: '2025-02-30' })))).toEqual({ since: ['notCalendarDate', {}] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, since: '1/9/2025' })))).toEqual({ since: ['invalidDate', {}] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, weight: -1 })))).toEqual({ weight: ['notPositive', {}] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, weight: 5000 })))).toEqual({ weight: ['tooLarge', { max: 1000 }] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, weight: Number.NaN })))).toEqual({ weight: ['notANumber', { value: 'NaN' }] });
    expect(codesOf(issuesOf(() => validateRelation({ ...relation, target: 'a' })))).toEqual({ target: ['sameEndpoints', {}] });
    expect(codesOf(issuesOf(() => validateRelation({ kind: 'FUNDS', source: 'a' })))).toEqual({ target: ['required', {}] });
  });

  it('gives issues raised without a code the code invalid', () => {
    expect(new ValidationError('x', [{ path: 'p', message: 'bad' }]).issues).toEqual([{ path: 'p', message: 'bad', code: 'invalid', params: {} }]);
  });
});
