import { describe, expect, it } from 'vitest';
import { cypherProblems } from './cypher-lint';
import { actorsOfKinds, relationEndsOf, renameActor } from './person-ids.cypher';

describe('person id rename builders', () => {
  it('produce valid Cypher 5 with every parameter they use', () => {
    for (const query of [actorsOfKinds(['TransitionManager']), relationEndsOf('a'), renameActor('a', 'b', [{ id: 'a--COACHES--c', newId: 'b--COACHES--c' }])]) {
      expect(cypherProblems(query), query.cypher).toEqual([]);
    }
  });
});
