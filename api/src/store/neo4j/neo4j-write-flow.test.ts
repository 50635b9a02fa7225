import { describe, expect, it } from 'vitest';
import { validateGraphDocument, ValidationError, type ActorInput, type GraphDocument } from '@weefsel/graph-schema';
import type { CypherQuery } from './cypher/cypher-query';
import type { CypherRunner, Row } from './neo4j-runner';
import { writeGraph, type WriteRequest } from './neo4j-write-flow';

/**
 * Stands in for one transaction: an empty store unless `kinds` says otherwise. Lookups answer
 * from `kinds`; writes report every row written. It records each statement in order.
 */
function fakeTransaction(kinds: Record<string, string> = {}) {
  const statements: CypherQuery[] = [];
  const runner: CypherRunner = {
    async run(query) {
      statements.push(query);
      const ids = (query.params.ids as string[] | undefined) ?? [];
      if (query.cypher.includes('RETURN a.id AS id, a.kind AS kind')) {
        return ids.filter((id) => kinds[id]).map((id): Row => ({ id, kind: kinds[id] }));
      }
      if (query.cypher.includes('AS written')) return [{ written: (query.params.rows as unknown[]).length }];
      return [];
    },
  };
  return { runner, statements, writes: () => statements.filter((s) => /MERGE|DELETE|CREATE|SET /.test(s.cypher)) };
}

function request(doc: GraphDocument, replace = false): WriteRequest {
  const valid = validateGraphDocument(doc);
  return {
    operation: 'importGraph', ...valid, replace, now: '2024-01-01T00:00:00.000Z',
    actorPath: (i) => `actors[${i}]`, relationPath: (i) => `relations[${i}]`,
  };
}

describe('writeGraph', () => {
  it('throws a ValidationError naming the entry before writing anything', async () => {
    const tx = fakeTransaction({ 'm-1': 'Municipality' });
    const doc: GraphDocument = {
      actors: [{ id: 'o-1', kind: 'Organisation', name: 'O' }],
      relations: [
        { kind: 'LOCATED_IN', source: 'o-1', target: 'm-1' },
        { kind: 'PARTNERS_WITH', source: 'o-1', target: 'ghost' },
      ],
    };
    const error = await writeGraph(tx.runner, request(doc)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['relations[1].target']);
    expect(tx.writes()).toEqual([]);
  });

  it('checks endpoints in the document without asking the store, and those outside in one lookup', async () => {
    const tx = fakeTransaction({ 'm-1': 'Municipality' });
    const doc: GraphDocument = {
      actors: [{ id: 'o-1', kind: 'Organisation', name: 'O' }, { id: 'o-2', kind: 'Organisation', name: 'P' }],
      relations: [{ kind: 'LOCATED_IN', source: 'o-1', target: 'm-1' }, { kind: 'PARTNERS_WITH', source: 'o-1', target: 'o-2' }],
    };
    const outcome = await writeGraph(tx.runner, request(doc));
    const kindLookups = tx.statements.filter((s) => s.cypher.includes('a.kind AS kind'));
    expect(kindLookups.map((s) => s.params.ids)).toEqual([['m-1']]);
    expect(outcome.actors.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(outcome.relations.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('writes a large import in batches of 5,000 rows, all through the one transaction', async () => {
    const tx = fakeTransaction();
    const actors: ActorInput[] = Array.from({ length: 12_001 }, (_, i) => ({ id: `o-${i}`, kind: 'Organisation', name: `O ${i}` }));
    actors.push({ id: 'p-1', kind: 'Project', name: 'P' });
    await writeGraph(tx.runner, request({ actors, relations: [] }));
    const upserts = tx.writes().filter((s) => s.cypher.includes('MERGE (a:Actor'));
    expect(upserts.map((s) => (s.params.rows as unknown[]).length)).toEqual([5000, 5000, 2001, 1]);
    expect(upserts[3]?.cypher).toContain('SET a:Project');
  });

  it('empties the store first with replace, inside the same transaction, then checks against the document only', async () => {
    const tx = fakeTransaction({ 'o-old': 'Organisation' });
    const doc: GraphDocument = { actors: [], relations: [{ kind: 'PARTNERS_WITH', source: 'o-old', target: 'o-old-2' }] };
    const error = await writeGraph(tx.runner, request(doc, true)).catch((e: unknown) => e);
    expect(tx.statements[0]?.cypher).toContain('DETACH DELETE a');
    // The fake store still knows o-old; only o-old-2 is missing: the real wipe makes both missing.
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['relations[0].target']);
  });

  it('fails the transaction when a relation batch writes fewer rows than sent', async () => {
    const tx = fakeTransaction({ 'a': 'Organisation', 'b': 'Organisation' });
    const short: CypherRunner = {
      run: async (query) => (/(MERGE|CREATE) \(s\)/.test(query.cypher) ? [{ written: 0 }] : tx.runner.run(query)),
    };
    const doc: GraphDocument = { actors: [], relations: [{ kind: 'PARTNERS_WITH', source: 'a', target: 'b' }] };
    await expect(writeGraph(short, request(doc))).rejects.toThrow(/wrote 0 of 1 relations/);
  });
});
