import { describe, expect, it } from 'vitest';
import { nodeKindNames } from '@weefsel/graph-schema';
import { actorDirectory, actorKindsByIds, actorsByIds, allActors, countActors, countFilteredActors, listActorsPage } from './actor-read.cypher';
import { actorRowKeys, deleteActor, deleteAllActors, upsertActorsOfKind, type ActorRow } from './actor-write.cypher';
import { rowsOfLists } from './cypher-query';
import { cypherProblems } from './cypher-lint';

const hostile = "x'}) DETACH DELETE (n) //";

function row(id: string, kind: ActorRow['kind'] = 'Organisation'): ActorRow {
  return {
    id, kind, name: id, nameFolded: id, nameMarked: `\u0001${id}`, description: null, formal: true, domains: ['CARE'], targetGroups: [],
    contact: '{"email":"a@b.example"}', since: null, until: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

describe('actor read builders', () => {
  it('produce valid Cypher 5 with every parameter they use', () => {
    const queries = [
      actorsByIds(['a']),
      actorKindsByIds(['a']),
      allActors(),
      actorDirectory(),
      countActors(),
      listActorsPage({}, null, { offset: 0, limit: 10 }),
      listActorsPage({ kinds: ['Project'], domains: ['CARE'], targetGroups: ['POVERTY'], formal: false }, ['a'], { offset: 5, limit: 5 }),
      listActorsPage({ hidePersonNames: true }, null, { offset: 0, limit: 10 }),
      countFilteredActors({ kinds: ['Project'], formal: true }, ['a']),
    ];
    for (const query of queries) expect(cypherProblems(query), query.cypher).toEqual([]);
  });

  it('send ids as parameters, never in the text', () => {
    const query = actorsByIds([hostile]);
    expect(query.cypher).not.toContain(hostile);
    expect(query.params).toEqual({ ids: [hostile] });
  });

  it('turn each filter into one condition with its own parameter, AND between them', () => {
    const query = listActorsPage({ kinds: ['Project'], domains: ['CARE', 'HOUSING'], formal: false }, ['m-1'], { offset: 20, limit: 10 });
    expect(query.cypher).toContain('WHERE a.kind IN $kinds AND any(d IN a.domains WHERE d IN $domains) AND a.formal = $formal AND a.id IN $memberIds');
    expect(query.cypher).toContain('ORDER BY a.nameFolded, a.id');
    expect(query.cypher).toContain('SKIP toInteger($offset) LIMIT toInteger($limit)');
    expect(query.params).toEqual({ kinds: ['Project'], domains: ['CARE', 'HOUSING'], formal: false, memberIds: ['m-1'], offset: 20, limit: 10 });
  });

  it('leave out empty filters and count with the same conditions as the page', () => {
    expect(listActorsPage({ kinds: [], domains: [] }, null, { offset: 0, limit: 1 }).cypher).not.toContain('WHERE');
    const filter = { targetGroups: ['POVERTY' as const] };
    const page = listActorsPage(filter, null, { offset: 0, limit: 1 });
    const count = countFilteredActors(filter, null);
    expect(count.cypher).toContain('WHERE any(g IN a.targetGroups WHERE g IN $targetGroups)');
    expect(page.cypher).toContain('WHERE any(g IN a.targetGroups WHERE g IN $targetGroups)');
    expect(count.params).toEqual({ targetGroups: ['POVERTY'] });
  });
});

describe('actor write builders', () => {
  it('merge on id, keep createdAt, set the kind label and remove every other kind label', () => {
    const query = upsertActorsOfKind('CitizenInitiative', [row('c1', 'CitizenInitiative')]);
    expect(query.cypher).toContain('MERGE (a:Actor {id: row.id})');
    expect(query.cypher).toContain('ON CREATE SET a.createdAt = row.createdAt');
    expect(query.cypher).toContain('SET a:CitizenInitiative');
    const removed = /REMOVE a:(\S+)/.exec(query.cypher)?.[1]?.split(':');
    expect(removed?.sort()).toEqual(nodeKindNames.filter((k) => k !== 'CitizenInitiative').sort());
    expect(cypherProblems(query)).toEqual([]);
  });

  it('carry all values in the rows parameter', () => {
    const hostileRow = { ...row('o1'), name: hostile, description: hostile };
    const query = upsertActorsOfKind('Organisation', [hostileRow]);
    expect(query.cypher).not.toContain(hostile);
    // Positional lists (cheaper to pack than maps), read back as maps by the statement's first clause.
    expect(query.cypher).toMatch(/^UNWIND \$rows AS values\nWITH \{id: values\[0\], kind: values\[1\], name: values\[2\], nameFolded: values\[3\]/);
    expect(rowsOfLists(actorRowKeys, query.params.rows)).toEqual([hostileRow]);
  });

  it('refuse rows of another kind: the label must match every row', () => {
    expect(() => upsertActorsOfKind('Organisation', [row('o1'), row('p1', 'Project')])).toThrow(/row "p1" has kind Project/);
  });

  it('delete with DETACH so relations go too', () => {
    const query = deleteActor(hostile);
    expect(query.cypher).toContain('DETACH DELETE a');
    expect(query.cypher).not.toContain(hostile);
    expect(query.params).toEqual({ id: hostile });
    expect(cypherProblems(deleteActor('a'))).toEqual([]);
    expect(cypherProblems(deleteAllActors())).toEqual([]);
  });
});
