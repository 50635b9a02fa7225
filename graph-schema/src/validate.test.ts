import { describe, expect, it } from 'vitest';
import { checkRelationEndpoints, validateActor, validateGraphDocument, validateRelation } from './validate';
import { deriveRelationId } from './relation-id';
import { endpointKindProblem } from './relation-kinds';
import { foldText } from './fold';
import { ValidationError } from './validation-error';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('graph-schema validation', () => {
  it('accepts a minimal actor and sorts its domains in schema order without repeats', () => {
    const actor = validateActor({ id: 'a1', kind: 'Organisation', name: ' CAW ', domains: ['HOUSING', 'WELFARE', 'HOUSING'] });
    expect(actor.name).toBe('CAW');
    expect(actor.domains).toEqual(['WELFARE', 'HOUSING']);
  });

  it('names the field and the reason for a bad actor', () => {
    const issues = issuesOf(() => validateActor({ id: 'a 1', kind: 'Club', name: '' }));
    expect(issues.map((i) => i.path).sort()).toEqual(['id', 'kind', 'name']);
    expect(issues.find((i) => i.path === 'kind')?.message).toMatch(/Organisation/);
  });

  it('rejects unknown properties, so typos do not vanish silently', () => {
    const issues = issuesOf(() => validateActor({ id: 'a1', kind: 'Organisation', name: 'x', domian: ['CARE'] }));
    expect(issues[0]?.message).toMatch(/domian/);
  });

  it('derives one id for both directions of an undirected relation, two for a directed one', () => {
    expect(deriveRelationId('PARTNERS_WITH', 'b', 'a')).toBe(deriveRelationId('PARTNERS_WITH', 'a', 'b'));
    expect(deriveRelationId('REFERS_TO', 'b', 'a')).not.toBe(deriveRelationId('REFERS_TO', 'a', 'b'));
  });

  it('keeps a derived id within the id limit for two long actor ids, valid, stable and distinct per pair', () => {
    const long = (name: string) => `organisation-${name.repeat(12)}`.slice(0, 114);
    const [a, b, c] = [long('transportokonomisk-'), long('norsk-senter-for-'), long('norsk-senter-for-').slice(0, 113) + 'x'];
    const ab = deriveRelationId('PARTNERS_WITH', a, b);
    expect(ab.length).toBeLessThanOrEqual(128);
    expect(validateRelation({ kind: 'PARTNERS_WITH', source: a, target: b }).id).toBe(ab);
    expect(deriveRelationId('PARTNERS_WITH', b, a)).toBe(ab);
    // b and c differ only after the part kept in the id: the hash tells them apart.
    expect(deriveRelationId('PARTNERS_WITH', a, c)).not.toBe(ab);
    expect(deriveRelationId('REFERS_TO', a, b)).not.toBe(deriveRelationId('REFERS_TO', b, a));
    // Short ids stay as they were, so stored relations keep theirs.
    expect(deriveRelationId('PARTNERS_WITH', 'org-a', 'org-b')).toBe('org-a--PARTNERS_WITH--org-b');
  });

  it('rejects a relation that ends before it starts, a self-loop and an impossible date', () => {
    expect(issuesOf(() => validateRelation({ kind: 'FUNDS', source: 'a', target: 'b', since: '2022-01-01', until: '2021-12-31' }))[0]?.path).toBe('until');
    expect(issuesOf(() => validateRelation({ kind: 'FUNDS', source: 'a', target: 'a' }))[0]?.path).toBe('target');
    expect(issuesOf(() => validateRelation({ kind: 'FUNDS', source: 'a', target: 'b', since: '2023-02-30' }))[0]?.message).toMatch(/calendar/);
  });

  it('reports document problems with the entry index and duplicate ids', () => {
    const issues = issuesOf(() =>
      validateGraphDocument({
        actors: [
          { id: 'a', kind: 'Organisation', name: 'A' },
          { id: 'a', kind: 'Organisation', name: 'A again' },
        ],
        relations: [],
      }),
    );
    expect(issues).toEqual([{ path: 'actors[1].id', message: 'actor id "a" repeats actors[0]', code: 'duplicateId', params: { id: 'a', first: 'actors[0]' } }]);
    expect(issuesOf(() => validateGraphDocument({ actors: [], relations: [{ kind: 'NOPE', source: 'a', target: 'b' }] }))[0]?.path).toBe('relations[0].kind');
  });

  it('checks endpoint existence and kinds against the schema', () => {
    const kinds = new Map([
      ['n', 'Neighbourhood'],
      ['m', 'Municipality'],
    ] as const);
    const issues = checkRelationEndpoints(
      [
        { id: 'r1', kind: 'PART_OF', source: 'm', target: 'n' },
        { id: 'r2', kind: 'PART_OF', source: 'n', target: 'ghost' },
        { id: 'r3', kind: 'PART_OF', source: 'n', target: 'm' },
      ],
      (id) => kinds.get(id as 'n' | 'm'),
    );
    expect(issues.map((i) => i.path)).toEqual(['relations[0].kind', 'relations[1].target']);
    expect(issues[0]?.message).toMatch(/relation r1: PART_OF cannot run from a Municipality to a Neighbourhood/);
  });

  it('allows undirected relations either way round', () => {
    expect(endpointKindProblem('PARTNERS_WITH', 'Project', 'Organisation')).toBeNull();
    expect(endpointKindProblem('LEAD_OF', 'Project', 'Organisation')).not.toBeNull();
  });

  it('folds case and accents', () => {
    expect(foldText('Mariënstede ÉÉN')).toBe('marienstede een');
  });
});
