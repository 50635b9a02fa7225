import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { fieldIssuesOf } from '../../api/editing.api';
import { fieldOfPath, propertyLabel, sortIssues } from './field-issues';

describe('field issues', () => {
  it('finds the field of an issue path', () => {
    expect(fieldOfPath('name')).toBe('name');
    expect(fieldOfPath('contact.email')).toBe('contact');
    expect(fieldOfPath('domains[2]')).toBe('domains');
    expect(fieldOfPath('')).toBe('');
  });

  it('labels fields in the UI language from graph-schema', () => {
    expect(propertyLabel('name', 'nl')).toBe('naam');
    expect(propertyLabel('name', 'en')).toBe('name');
    expect(propertyLabel('targetGroups', 'nl')).toBe('doelgroepen');
    expect(propertyLabel('unknownField', 'en')).toBe('unknownField');
  });

  it('sorts issues onto the form fields and names the field of the others in the UI language', () => {
    const issues = [
      { path: 'name', message: 'must not be empty' },
      { path: 'name', message: 'too long' },
      { path: 'contact.email', message: 'not an e-mail address' },
      { path: '', message: 'rejected' },
    ];
    const sorted = sortIssues(issues, ['id', 'name'], 'nl');
    expect(Object.fromEntries(sorted.byField)).toEqual({ name: ['must not be empty', 'too long'] });
    expect(sorted.other).toEqual(['contact: not an e-mail address', 'rejected']);
  });

  it('reads the issues of a BAD_USER_INPUT error and nothing from other errors', () => {
    const error = new GraphQLRequestError('upsertActor rejected', [
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', issues: [{ path: 'id', message: 'bad id' }, { nonsense: true }] } },
      { message: 'y', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(fieldIssuesOf(error)).toEqual([{ path: 'id', message: 'bad id' }]);
    expect(fieldIssuesOf(new Error('network down'))).toEqual([]);
  });
});
