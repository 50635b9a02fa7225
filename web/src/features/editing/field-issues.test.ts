import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { fieldIssuesOf } from '../../api/editing.api';
import { fieldOfPath, propertyLabel, sortIssues } from './field-issues';

describe('field issues', () => {
  it('finds the field of an issue path', () => {
    expect(fieldOfPath('name')).toBe('name');
    expect(fieldOfPath('contact.email')).toBe('contact.email');
    expect(fieldOfPath('domains[2]')).toBe('domains');
    expect(fieldOfPath('')).toBe('');
  });

  it('labels fields in the UI language from graph-schema', () => {
    expect(propertyLabel('name', 'nl')).toBe('naam');
    expect(propertyLabel('name', 'en')).toBe('name');
    expect(propertyLabel('targetGroups', 'nl')).toBe('doelgroepen');
    expect(propertyLabel('contact.phone', 'nl')).toBe('telefoon');
    expect(propertyLabel('unknownField', 'en')).toBe('unknownField');
  });

  it('sorts issues onto the form fields in the UI language and names the field of the others', () => {
    const issues = [
      { path: 'name', code: 'empty', params: {} },
      { path: 'name', code: 'tooLong', params: { max: 200 } },
      { path: 'note', code: 'tooLong', params: { max: 2000 } },
      { path: '', code: 'notADocument', params: {} },
    ];
    const sorted = sortIssues(issues, ['id', 'name'], 'nl');
    expect(Object.fromEntries(sorted.byField)).toEqual({ name: ['mag niet leeg zijn', 'mag hoogstens 200 tekens lang zijn'] });
    expect(sorted.other).toEqual(['notitie: mag hoogstens 2.000 tekens lang zijn', expect.stringMatching(/^is geen Weefsel-document/)]);
  });

  it('reads the coded issues of a BAD_USER_INPUT error and nothing from other errors', () => {
    const error = new GraphQLRequestError('upsertActor rejected', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'id', message: 'bad id', code: 'invalidId', params: { max: 128 } }, { path: 'name', message: 'old API' }, { nonsense: true }] } },
      { message: 'y', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(fieldIssuesOf(error)).toEqual([
      { path: 'id', code: 'invalidId', params: { max: 128 } },
      { path: 'name', code: 'invalid', params: null },
    ]);
    expect(fieldIssuesOf(new Error('network down'))).toEqual([]);
  });
});
