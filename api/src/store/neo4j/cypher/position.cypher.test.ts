import { describe, expect, it } from 'vitest';
import { cypherProblems } from './cypher-lint';
import { actorIdsAmong, clearPositions, readPositions, setPositions } from './position.cypher';

describe('position statements', () => {
  it('are valid Cypher 5 with every value a parameter', () => {
    const hostile = "x'}) DETACH DELETE (n) //";
    const statements = [readPositions(hostile), actorIdsAmong([hostile]), clearPositions(hostile), setPositions(hostile, [{ actorId: hostile, x: 1, y: 2, pinned: true }])];
    for (const statement of statements) {
      expect(statement.cypher).not.toContain(hostile);
      expect(cypherProblems(statement)).toEqual([]);
    }
  });
});
