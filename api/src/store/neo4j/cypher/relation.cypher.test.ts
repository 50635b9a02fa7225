import { describe, expect, it } from 'vitest';
import { relationKindNames } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher-lint';
import { allRelations, countRelations, relationCountsByKind, relationsByIds, relationsOfActor, relationsOfKindByIds, relationsTouching } from './relation-read.cypher';
import { rowsOfLists } from './cypher-query';
import { relationListKeys } from './projections';
import { deleteRelationsOfKind, upsertRelationsOfKind, writeRelationsOfKind, type RelationRow } from './relation-write.cypher';

const hostile = "r'}]->() DELETE r //";

function row(id: string, kind: RelationRow['kind'] = 'FUNDS'): RelationRow {
  return {
    id, kind, source: 'm-1', target: 'p-1', since: '2024-01-01', until: null, weight: 2.5, note: null, status: 'ACTIVE',
    createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('relation read builders', () => {
  it('produce valid Cypher 5 with every parameter they use', () => {
    const queries = [
      relationsByIds(['r1']),
      relationsOfKindByIds('FUNDS', ['r1']),
      relationsOfActor('a'),
      relationsTouching(['a']),
      allRelations(null),
      allRelations('2024-01-01'),
      countRelations(),
      relationCountsByKind(),
    ];
    for (const query of queries) expect(cypherProblems(query), query.cypher).toEqual([]);
  });

  it('look a relation up by id with one index-friendly branch per relation type', () => {
    const query = relationsByIds([hostile]);
    const branches = query.cypher.split('\nUNION ALL\n');
    expect(branches).toHaveLength(relationKindNames.length);
    relationKindNames.forEach((kind, i) => expect(branches[i]).toContain(`-[r:${kind}]->`));
    expect(query.cypher).not.toContain(hostile);
    expect(query.params).toEqual({ ids: [hostile] });
  });

  it('look relations of one kind up by id with one seek of the index of that type, values as a list', () => {
    const query = relationsOfKindByIds('COACHES', [hostile]);
    expect(query.cypher).toContain('MATCH (s:Actor)-[r:COACHES {id: id}]->(t:Actor)');
    expect(query.cypher).toContain('RETURN [r.id, type(r), s.id, t.id, r.since, r.until, r.weight, r.note, r.status, r.createdAt, r.updatedAt] AS relation');
    expect(query.cypher).not.toContain(hostile);
    expect(query.params).toEqual({ ids: [hostile] });
  });

  it('take the kind and endpoints from the relationship itself', () => {
    expect(relationsOfActor('a').cypher).toContain('kind: type(r), source: startNode(r).id, target: endNode(r).id');
  });

  it('filter on asOf only when a date is given', () => {
    expect(allRelations(null).params).toEqual({});
    expect(allRelations(null).cypher).not.toContain('$asOf');
    const dated = allRelations('2024-01-01');
    expect(dated.params).toEqual({ asOf: '2024-01-01' });
    expect(dated.cypher).toContain('WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)');
  });
});

describe('relation write builders', () => {
  it('merge by id between the given endpoints, with the type of the kind', () => {
    const query = upsertRelationsOfKind('FUNDS', [row('r1'), row('r2')]);
    expect(query.cypher).toContain('MERGE (s)-[r:FUNDS {id: row.id}]->(t)');
    expect(query.cypher).toContain('ON CREATE SET r.createdAt = row.createdAt');
    expect(query.cypher).toContain('RETURN count(r) AS written');
    expect(rowsOfLists(relationListKeys, query.params.rows)).toEqual([row('r1'), row('r2')]);
    expect(cypherProblems(query)).toEqual([]);
  });

  it('create relations that do not exist yet, without MERGE, setting every field', () => {
    const query = writeRelationsOfKind('FUNDS', [row('r1')], 'create');
    expect(query.cypher).toContain('CREATE (s)-[r:FUNDS {id: row.id}]->(t)');
    expect(query.cypher).not.toContain('MERGE');
    expect(query.cypher).toContain('SET r.createdAt = row.createdAt, r.kind = row.kind');
    expect(query.cypher).toContain('r.updatedAt = row.updatedAt');
    expect(cypherProblems(query)).toEqual([]);
  });

  it('keep every value, hostile or not, in parameters', () => {
    const query = upsertRelationsOfKind('PARTNERS_WITH', [{ ...row(hostile, 'PARTNERS_WITH'), note: hostile }]);
    expect(query.cypher).not.toContain(hostile);
    expect(JSON.stringify(query.params)).toContain('DELETE r');
  });

  it('refuse rows of another kind', () => {
    expect(() => writeRelationsOfKind('FUNDS', [row('r1'), row('r2', 'COACHES')], 'create')).toThrow(/row "r2" has kind COACHES/);
  });

  it('delete by id with the type in the pattern', () => {
    const query = deleteRelationsOfKind('LEAD_OF', ['r1']);
    expect(query.cypher).toContain('[r:LEAD_OF {id: id}]');
    expect(query.params).toEqual({ ids: ['r1'] });
    expect(cypherProblems(query)).toEqual([]);
  });
});
