import { describe, expect, it } from 'vitest';
import { collaborationKinds, placementKinds } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher-lint';
import { areaMembers, collaborationNeighbours, collaborationsIntoInside, relationsAmong, relationsFromInside } from './scope.cypher';

const builders = {
  areaMembers: (asOf: string | null) => areaMembers('cz-1', asOf),
  relationsFromInside: (asOf: string | null) => relationsFromInside(['a', 'b'], asOf),
  collaborationsIntoInside: (asOf: string | null) => collaborationsIntoInside(['a', 'b'], asOf),
  collaborationNeighbours: (asOf: string | null) => collaborationNeighbours(['a'], asOf),
  relationsAmong: (asOf: string | null) => relationsAmong(['a', 'b'], asOf),
};

describe('scope builders', () => {
  for (const [name, build] of Object.entries(builders)) {
    it(`${name}: valid Cypher 5, with and without asOf`, () => {
      expect(cypherProblems(build(null))).toEqual([]);
      expect(cypherProblems(build('2024-06-01'))).toEqual([]);
    });

    it(`${name}: filters on $asOf exactly when a date is given`, () => {
      expect(build(null).cypher).not.toContain('$asOf');
      expect(build(null).params).not.toHaveProperty('asOf');
      expect(build('2024-06-01').cypher).toContain('r.since <= $asOf');
      expect(build('2024-06-01').cypher).toContain('r.until >= $asOf');
      expect(build('2024-06-01').params).toMatchObject({ asOf: '2024-06-01' });
    });
  }

  it('finds members over a zero-or-more path of the placement types, every relation on it active', () => {
    const query = areaMembers("cz'}) RETURN 1 //", '2024-06-01');
    expect(query.cypher).toContain(`MATCH p = (member:Actor)-[:${placementKinds.join('|')}*0..]->(area)`);
    expect(query.cypher).toContain('WHERE all(r IN relationships(p) WHERE (r.since IS NULL OR r.since <= $asOf)');
    expect(query.cypher).toContain('RETURN DISTINCT member.id AS id');
    expect(query.cypher).not.toContain("cz'})");
    expect(query.params).toEqual({ areaId: "cz'}) RETURN 1 //", asOf: '2024-06-01' });
  });

  it('crosses the scope border only over collaboration ties', () => {
    const out = relationsFromInside(['a'], null);
    expect(out.cypher).toContain('WHERE s.id IN $inside AND (t.id IN $inside OR type(r) IN $collaboration)');
    expect(out.params.collaboration).toEqual(collaborationKinds);
    const into = collaborationsIntoInside(['a'], null);
    expect(into.cypher).toContain(`-[r:${collaborationKinds.join('|')}]->`);
    expect(into.cypher).toContain('NOT s.id IN $inside');
  });

  it('expands an ego ring over collaboration ties in either direction', () => {
    const query = collaborationNeighbours(['a'], null);
    expect(query.cypher).toContain(`(a:Actor)-[r:${collaborationKinds.join('|')}]-(b:Actor)`);
    expect(query.cypher).toContain('RETURN DISTINCT b.id AS id');
  });
});
