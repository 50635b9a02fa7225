import { describe, expect, it } from 'vitest';
import { cypherProblems } from './cypher-lint';

// The builders' tests rely on this check; make sure it can fail.
describe('cypherProblems', () => {
  it('accepts a valid statement with its parameters', () => {
    expect(cypherProblems({ cypher: 'MATCH (a:Actor {id: $id}) RETURN a.name', params: { id: 'x' } })).toEqual([]);
  });

  it('reports syntax and scope errors, missing parameters and unknown names', () => {
    expect(cypherProblems({ cypher: 'MATCH (a:Actor) RETRUN a', params: {} }).join()).toMatch(/error/);
    expect(cypherProblems({ cypher: 'MATCH (a:Actor) RETURN DISTINCT a.id ORDER BY a.name', params: {} }).join()).toMatch(/DISTINCT/);
    expect(cypherProblems({ cypher: 'MATCH (a:Actor {id: $id}) RETURN a', params: {} }).join()).toMatch(/\$id is not defined/);
    expect(cypherProblems({ cypher: 'MATCH (a:Actr) RETURN a.nme', params: {} })).toHaveLength(2);
    expect(cypherProblems({ cypher: 'MATCH ()-[r:KNOWS]->() RETURN r', params: {} }).join()).toMatch(/KNOWS/);
  });
});
