import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql-client';
import { describeError } from './describe-error';
import { describeProblem, describeProblemAt } from './describe-problem';
import { pathLabel } from './path-labels';

describe('pathLabel', () => {
  it('labels the property at the end of a path from graph-schema', () => {
    expect(pathLabel('name', 'nl')).toBe('naam');
    expect(pathLabel('relations[3].until', 'nl')).toBe('tot en met');
    expect(pathLabel('contact.email', 'nl')).toBe('e-mail');
    expect(pathLabel('contact.person', 'en')).toBe('contact person');
    expect(pathLabel('scope.areaId', 'nl')).toBe('gebied');
    expect(pathLabel('somethingElse', 'nl')).toBe('somethingElse');
  });
});

describe('describeProblem', () => {
  it('words the issue cases of the Dutch UI in Dutch, with a Belgian date', () => {
    expect(describeProblemAt({ code: 'empty', params: {}, path: 'name' }, 'nl')).toBe('naam: mag niet leeg zijn');
    expect(describeProblemAt({ code: 'untilBeforeSince', params: { since: '2025-09-01' }, path: 'until' }, 'nl')).toBe(
      'tot en met: mag niet vóór de begindatum (1 sep 2025) liggen',
    );
    expect(describeProblem({ code: 'untilBeforeSince', params: { since: '2025-09-01' } }, 'en')).toBe('must not be before the start date (1 Sept 2025)');
  });

  it('lists the labels to choose from for an unknown kind, in the language', () => {
    const text = describeProblem({ code: 'unknownValue', params: { property: 'kind', value: 'Vereniging' } }, 'nl');
    expect(text).toMatch(/^onbekende soort "Vereniging"; kies een van: .*Organisatie/);
    expect(describeProblem({ code: 'unknownValue', params: { property: 'relationKind', value: 'x' } }, 'en')).toMatch(/^unknown kind "x"; choose one of: .*partners with/i);
  });

  it('labels kinds in endpoint problems and formats numbers', () => {
    expect(describeProblem({ code: 'endpointKinds', params: { kind: 'PART_OF', sourceKind: 'Organisation', targetKind: 'Municipality' } }, 'nl')).toMatch(/van een Organisatie naar een Gemeente/);
    expect(describeProblem({ code: 'tooLong', params: { max: 5000 } }, 'nl')).toBe('mag hoogstens 5.000 tekens lang zijn');
  });

  it('names a relation a write would break by its ends and its kind, not by its id', () => {
    const params = { id: 'mun-zoersel', name: 'Zoersel', kind: 'Organisation', relation: 'prj-x--LOCATED_IN--mun-zoersel', relationKind: 'LOCATED_IN', sourceName: 'Pilot', targetName: 'Zoersel' };
    expect(describeProblem({ code: 'kindChangeBreaksRelation', params }, 'nl')).toBe('"Zoersel" kan geen Organisatie worden: de relatie "Pilot is gelegen in Zoersel" zou dan niet meer kloppen; verwijder of wijzig die eerst');
    expect(describeProblem({ code: 'endClearBreaksRelation', params: { ...params, relationKind: 'PARTNERS_WITH' } }, 'en')).toMatch(/^the end date of "Zoersel" cannot be cleared: the relation "Pilot partners with Zoersel" has ended/);
  });

  it('names the file of a file problem instead of a field', () => {
    expect(describeProblemAt({ code: 'unreadableFile', params: { file: 'kapot.xlsx', format: 'XLSX', detail: 'not a zip' }, path: 'kapot.xlsx' }, 'nl')).toBe(
      'kapot.xlsx is geen leesbaar XLSX-bestand; sla het opnieuw op als .xlsx of .csv',
    );
  });

  it('says where a JSON document breaks, never in the engine\'s English', () => {
    expect(describeProblem({ code: 'invalidJson', params: { line: 3, column: 16 } }, 'nl')).toBe('is geen geldige JSON: de fout staat op regel 3, kolom 16');
    expect(describeProblem({ code: 'invalidJson', params: { line: 3, column: 16 } }, 'en')).toBe('is not valid JSON: it breaks at line 3, column 16');
  });

  it('never shows English for an unknown code or a missing param', () => {
    expect(describeProblem({ code: 'somethingNew', params: {} }, 'nl')).toBe('ongeldige waarde');
    expect(describeProblem({ code: 'notANumber' }, 'nl')).toBe('"–" is geen getal; typ een getal groter dan 0, zoals 1 of 2,5');
  });
});

describe('describeError', () => {
  const error = (extensions: Record<string, unknown>) => new GraphQLRequestError('English for developers', [{ message: 'English', extensions }]);

  it('words error codes with their params', () => {
    expect(describeError(error({ code: 'FORBIDDEN', params: { requiredRole: 'editor', role: 'viewer' } }), 'nl')).toBe('Dit mag alleen met de rol Redacteur; je bent aangemeld als Lezer.');
    expect(describeError(error({ code: 'RATE_LIMITED', params: { retryAfter: 1 } }), 'nl')).toBe('Te veel verzoeken na elkaar. Probeer het over 1 seconde opnieuw.');
    expect(describeError(error({ code: 'SERVICE_UNAVAILABLE' }), 'en')).toMatch(/^The data store cannot be reached/);
    expect(describeError(error({ code: 'STORE_READ_ONLY' }), 'nl')).toMatch(/^De server kan nu geen wijzigingen bewaren/);
    expect(describeError(error({ code: 'GRAPHQL_VALIDATION_FAILED' }), 'nl')).toMatch(/^Er ging iets mis op de server/);
  });

  it('lists the issues of bad input with their fields', () => {
    const bad = error({ code: 'BAD_USER_INPUT', issues: [{ path: 'name', message: 'must not be empty', code: 'empty', params: {} }] });
    expect(describeError(bad, 'nl')).toBe('naam: mag niet leeg zijn');
  });

  it('says a lost connection is one', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'nl')).toMatch(/^De server antwoordt niet/);
  });
});
