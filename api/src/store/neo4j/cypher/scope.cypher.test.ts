import { describe, expect, it } from 'vitest';
import { collaborationKinds, placementKinds, relationKindNames } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher-lint';
import { resultBlock, returnInBlocks } from './cypher-query';
import { areaMembers, areaSubgraph, egoSubgraph } from './scope.cypher';

const builders = {
  areaMembers: (asOf: string | null) => areaMembers('cz-1', asOf),
  areaSubgraph: (asOf: string | null) => areaSubgraph('cz-1', asOf),
  egoSubgraph: (asOf: string | null) => egoSubgraph('o-1', 2, asOf),
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

  it('reads an area subgraph in one statement: members, ties out of and into them, boundary actors', () => {
    const query = areaSubgraph("cz'}) RETURN 1 //", null);
    expect(query.cypher).toContain(`MATCH p = (member:Actor)-[:${placementKinds.join('|')}*0..]->(area)`);
    // Any kind between two inside actors; across the border only collaboration ties, both ways.
    expect(query.cypher).toContain(`MATCH (s)-[r:${relationKindNames.join('|')}]->(t)`);
    expect(query.cypher).toContain('WHERE (t IN inside OR type(r) IN $collaboration)');
    expect(query.cypher).toContain(`MATCH (s)-[r:${collaborationKinds.join('|')}]->(t)`);
    expect(query.cypher).toContain('WHERE NOT s IN inside');
    expect(query.cypher).toContain('collect(DISTINCT outside) AS boundary');
    expect(query.cypher).not.toContain("cz'})");
    expect(query.params).toEqual({ areaId: "cz'}) RETURN 1 //", collaboration: collaborationKinds });
  });

  it('expands an ego network ring by ring over collaboration ties in either direction, once per depth', () => {
    for (const depth of [1, 2, 3, 4]) {
      const query = egoSubgraph('o-1', depth, null);
      expect(cypherProblems(query)).toEqual([]);
      expect(query.cypher.match(/CALL \(reached, ring\)/g)).toHaveLength(depth);
      expect(query.cypher).toContain(`MATCH (a)-[r:${collaborationKinds.join('|')}]-(b)`);
      expect(query.cypher).toContain('WHERE NOT b IN reached');
      expect(query.cypher).toContain(`, ${depth}]] AS actors`);
    }
    expect(egoSubgraph('o-1', 1, null).params).toEqual({ actorId: 'o-1' });
    expect(() => egoSubgraph('o-1', 0, null)).toThrow(/depth/);
    expect(() => egoSubgraph('o-1', 1.5, null)).toThrow(/depth/);
  });

  it('returns collected lists in blocks, so no record grows with the size of the answer', () => {
    const clauses = returnInBlocks(['actors', 'relations'], ['area.kind AS areaKind']);
    expect(clauses).toContain(`UNWIND range(0, reduce(longest = 0, n IN [size(actors), size(relations)] | CASE WHEN n > longest THEN n ELSE longest END) - 1, ${resultBlock}) AS block`);
    expect(clauses).toContain(`RETURN area.kind AS areaKind, actors[block..block + ${resultBlock}] AS actors, relations[block..block + ${resultBlock}] AS relations`);
  });
});
